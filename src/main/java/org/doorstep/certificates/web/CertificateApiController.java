package org.doorstep.certificates.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateStatus;
import org.doorstep.certificates.Certificates;
import org.doorstep.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/certificates")
@Tag(name = "certificates", description = "电子证照核验")
class CertificateApiController {

    /** What a relying party may learn from a code: enough to trust the paper in front of it, personal data masked. */
    record Verification(String number, String type, String holderName, String holderIdNumber, String issuer,
            LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, CertificateStatus status, String statusLabel,
            boolean valid, LocalDate revokedOn, String url) {
    }

    private final Certificates certificates;
    private final Clock clock;

    CertificateApiController(Certificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    @GetMapping("/{verificationCode}")
    @Operation(summary = "按验证码核验电子证照（validUntil 为空表示长期有效；持证人姓名与证件号码部分隐藏）")
    Verification verify(@PathVariable String verificationCode) {
        Certificate c = certificates.verify(verificationCode)
                .orElseThrow(() -> new NotFoundException("未找到与该验证码对应的电子证照"));
        CertificateStatus status = c.statusOn(LocalDate.now(clock));
        return new Verification(c.number(), c.type(), c.maskedHolderName(), c.maskedHolderIdNumber(), c.issuerName(),
                c.issuedOn(), c.validFrom(), c.validUntil(), status, status.label(), status == CertificateStatus.VALID,
                c.revokedOn(), c.verificationPath());
    }
}
