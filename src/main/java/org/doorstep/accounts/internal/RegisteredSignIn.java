package org.doorstep.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.accounts.IdentityNumbers;
import org.springframework.stereotype.Component;

/**
 * Signs a citizen in right after registering: the mobile was just proved with an SMS code and the password just set,
 * which is all a sign-in asks of a citizen. Through the same last step as every sign-in (a new session id, the
 * context saved in the session).
 */
@Component
public class RegisteredSignIn {

    private final AccountUserDetailsService users;
    private final SignInCompletion completion;

    RegisteredSignIn(AccountUserDetailsService users, SignInCompletion completion) {
        this.users = users;
        this.completion = completion;
    }

    /** Signs the new account in by the mobile it signs in with, and answers where to go next (我的). */
    public String signIn(String mobile, HttpServletRequest request, HttpServletResponse response) {
        DoorstepUser user = (DoorstepUser) users.loadUserByUsername(IdentityNumbers.normalise(mobile));
        return completion.complete(user, request, response);
    }
}
