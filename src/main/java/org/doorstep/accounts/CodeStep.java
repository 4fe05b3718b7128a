package org.doorstep.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.Masking;
import org.doorstep.platform.TextMessageFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The 获取验证码 press of any portal form that proves a mobile number: sends, and puts the page's answer in the model:
 * {@code codeSent} (a status line), {@code errors} for a bad number, or {@code codeRefused} with 429 when a limit is
 * reached (503 when the gateway is down).
 */
public final class CodeStep {

    private CodeStep() {
    }

    /**
     * @param sentMessage the status line, with the masked number ({@code %s}) and the minutes ({@code %d})
     */
    public static void request(Runnable send, String mobile, String sentMessage, HttpServletResponse response,
            Model model) {
        request(send, mobile, "mobile", sentMessage, response, model);
    }

    /** As {@link #request(Runnable, String, String, HttpServletResponse, Model)}, for a form whose number field has
     * another name. */
    public static void request(Runnable send, String mobile, String field, String sentMessage,
            HttpServletResponse response, Model model) {
        try {
            send.run();
            model.addAttribute("codeSent", sentMessage.formatted(Masking.maskPhone(IdentityNumbers.normalise(mobile)),
                    VerificationCodes.VALID_FOR.toMinutes()));
        } catch (TooManyMessagesException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("codeRefused", e.getMessage());
        } catch (TextMessageFailedException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("codeRefused", e.getMessage());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of(field, e.getMessage()));
        }
    }
}
