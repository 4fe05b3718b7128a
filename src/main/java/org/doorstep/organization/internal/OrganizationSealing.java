package org.doorstep.organization.internal;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.SealColumns;
import org.doorstep.platform.SealColumns.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals the grid workers' mobile numbers stored in clear (see {@link SealColumns}). */
@Configuration(proxyBeanMethods = false)
class OrganizationSealing {

    @Bean
    SealColumns organizationGridWorkersSealed(PersonalData data) {
        return new SealColumns("202612050601", "organization grid workers sealed", data, "organization_grid_worker",
                "code", new Column("phone", Kind.PHONE, "phone", null));
    }
}
