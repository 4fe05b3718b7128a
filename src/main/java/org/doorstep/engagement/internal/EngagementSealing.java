package org.doorstep.engagement.internal;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.SealColumns;
import org.doorstep.platform.SealColumns.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals the proposers' telephone numbers that topics stored in clear (see {@link SealColumns}). */
@Configuration(proxyBeanMethods = false)
class EngagementSealing {

    @Bean
    SealColumns engagementPhonesSealed(PersonalData data) {
        return new SealColumns("202612050501", "engagement phones sealed", data, "engagement_topic", "id",
                new Column("phone", Kind.PHONE, "phone", null));
    }
}
