package org.doorstep.cases.internal;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.SealColumns;
import org.doorstep.platform.SealColumns.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals, in place, the applicants' ID and telephone numbers that cases stored in clear (see {@link SealColumns}). */
@Configuration(proxyBeanMethods = false)
class CasesSealing {

    @Bean
    SealColumns casesApplicantsSealed(PersonalData data) {
        return new SealColumns("202612050201", "cases applicants sealed", data, "cases_case", "id",
                new Column("applicant_id", Kind.ID_NUMBER, "applicant_id", null),
                new Column("applicant_phone", Kind.PHONE, "applicant_phone", null));
    }

    @Bean
    SealColumns casesBundleApplicantsSealed(PersonalData data) {
        return new SealColumns("202612050202", "cases bundle applicants sealed", data, "cases_bundle_application",
                "id", new Column("applicant_id", Kind.ID_NUMBER, "applicant_id", null),
                new Column("applicant_phone", Kind.PHONE, "applicant_phone", null));
    }
}
