package org.doorstep.certificates.internal;

import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.SealColumns;
import org.doorstep.platform.SealColumns.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals the holders' numbers that certificates stored in clear (see {@link SealColumns}). */
@Configuration(proxyBeanMethods = false)
class CertificatesSealing {

    @Bean
    SealColumns certificatesHoldersSealed(PersonalData data) {
        return new SealColumns("202612050301", "certificates holders sealed", data, "certificates_certificate", "id",
                new Column("holder_id_number", Kind.ID_NUMBER, "holder_id_number", "holder_hash"));
    }
}
