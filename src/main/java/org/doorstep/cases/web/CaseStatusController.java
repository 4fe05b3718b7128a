package org.doorstep.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.doorstep.cases.Cases;
import org.doorstep.cases.TooManyLookupsException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.TooManyRequestsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public status check, without signing in: case number plus the query code or the applicant's ID number's last 6.
 * Posted, so the verification never lands in addresses or logs. Too many failed checks are answered 429.
 */
@Controller
class CaseStatusController {

    private final Cases cases;
    private final CaseLetters letters;

    CaseStatusController(Cases cases, CaseLetters letters) {
        this.cases = cases;
        this.letters = letters;
    }

    /** The number is filled in when the page is opened from the QR code on a printed letter. */
    @GetMapping("/cases/status")
    String form(@RequestParam(required = false) String number, Model model) {
        if (number != null && number.length() <= 40) {
            model.addAttribute("number", number.strip());
        }
        return "cases/portal/status";
    }

    @PostMapping("/cases/status")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String verification,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("number", number);
        try {
            cases.lookup(number, verification, request.getRemoteAddr()).ifPresentOrElse(found -> {
                model.addAttribute("c", found.single());
                model.addAttribute("b", found.bundle());
                if (found.single() != null) {
                    // Printing re-checks number and verification (throttled), so nothing is remembered in between.
                    model.addAttribute("letters", CaseLetters.links(found.single()));
                    model.addAttribute("verification", verification);
                }
            }, () -> model.addAttribute("notFound", Cases.LOOKUP_FAILED));
        } catch (TooManyLookupsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("notFound", e.getMessage());
        }
        return "cases/portal/status";
    }

    /** A letter of the case found, printed without signing in after the same check as the status. */
    @PostMapping("/cases/status/letters")
    ResponseEntity<byte[]> letter(@RequestParam(required = false) String number,
            @RequestParam(required = false) String verification, @RequestParam(required = false) String kind,
            HttpServletRequest request) {
        try {
            Cases.CheckedCase checked = cases.lookupForLetters(number, verification, request.getRemoteAddr())
                    .orElseThrow(() -> new NotFoundException(Cases.LOOKUP_FAILED));
            return letters.download(checked.found(), checked.queryCode(), kind);
        } catch (TooManyLookupsException e) {
            throw new TooManyRequestsException(e.getMessage());
        }
    }
}
