package org.doorstep.requests.internal;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.SealColumns;
import org.doorstep.platform.SealColumns.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals the applicants' ID and mobile numbers that requests stored in clear (see {@link SealColumns}). */
@Configuration(proxyBeanMethods = false)
class RequestsSealing {

    @Bean
    SealColumns requestsApplicantsSealed(PersonalData data) {
        return new SealColumns("202612050401", "requests applicants sealed", data, "requests_request", "id",
                new Column("identity_number", Kind.ID_NUMBER, "identity_number", "identity_hash"),
                new Column("mobile", Kind.PHONE, "mobile", null));
    }
}
