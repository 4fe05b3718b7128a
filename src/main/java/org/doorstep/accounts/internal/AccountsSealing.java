package org.doorstep.accounts.internal;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.SealColumns;
import org.doorstep.platform.SealColumns.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals the accounts' personal data stored in clear before V202612050100 (see {@link SealColumns}). */
@Configuration(proxyBeanMethods = false)
class AccountsSealing {

    @Bean
    SealColumns accountsCitizensSealed(PersonalData data) {
        return new SealColumns("202612050101", "accounts citizens sealed", data, "accounts_citizen", "id",
                new Column("mobile", Kind.PHONE, "mobile_sealed", "mobile_hash"),
                new Column("id_number", Kind.ID_NUMBER, "id_number_sealed", "id_number_hash"));
    }

    @Bean
    SealColumns accountsAuthenticatorsSealed(PersonalData data) {
        return new SealColumns("202612050103", "accounts authenticator seeds sealed", data, "accounts_staff", "id",
                new Column("totp_secret", Kind.SECRET, "totp_secret", null));
    }
}
