package org.doorstep.accounts.internal;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.stereotype.Component;

/**
 * What sign-in counters and known clients are kept under for a name typed into the sign-in form: a staff user name as
 * it is, a registered mobile number as its account's login ({@code c-…}), any other mobile number as {@code m:} and
 * its keyed hash, so the counters hold no mobile number.
 */
@Component
public class LoginKeys {

    private final PersonalData sealed;
    private final AccountStore store;

    LoginKeys(PersonalData sealed, AccountStore store) {
        this.sealed = sealed;
        this.store = store;
    }

    public String of(String typed) {
        String login = typed == null ? "" : typed.strip();
        String mobile = IdentityNumbers.normalise(login);
        if (!IdentityNumbers.isValidMobile(mobile)) {
            return login;
        }
        return store.citizenByMobile(mobile).map(AccountStore.CitizenRow::login)
                .orElseGet(() -> "m:" + sealed.lookupHash(Kind.PHONE, mobile));
    }
}
