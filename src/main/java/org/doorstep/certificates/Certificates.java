package org.doorstep.certificates;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.certificates.internal.CertificateStore;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The electronic certificate library (电子证照库): issues certificates, answers verifications, and tells a 免证办 item
 * whether an applicant already holds a valid certificate of a type, so the paper proof is not asked for again.
 */
@Service
public class Certificates {

    /** Verification codes avoid characters people confuse when they read them aloud or type them (0/O, 1/I/L). */
    static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 16;
    private static final Pattern CODE_SHAPE = Pattern.compile("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}");
    private static final Pattern UNIT_CODE = Pattern.compile("\\d{12}(-[A-Z]{1,20})?");

    private final CertificateStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Certificate issue(CertificateRequest r) {
        check(r);
        LocalDate today = LocalDate.now(clock);
        long serial = store.nextSerial();
        String number = number(r.issuerCode(), today.getYear(), serial);
        Certificate c = new Certificate(number, r.type().strip(), r.holderName().strip(),
                IdentityNumbers.normalise(r.holderIdNumber()), r.issuerCode(), r.issuerName().strip(), today,
                r.validFrom(), r.validUntil(), newCode(), blankToNull(r.sourceReference()), null, null);
        store.insert(serial, c);
        events.publishEvent(new CertificateIssued(c));
        return c;
    }

    /** The certificate a code names; a code of the wrong shape is a 400, an unknown one simply absent. */
    public Optional<Certificate> verify(String verificationCode) {
        return store.byCode(normaliseCode(verificationCode));
    }

    /** Accepts what people type: spaces, dashes and lower case are forgiven; anything else is refused. */
    public static String normaliseCode(String code) {
        String c = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase();
        if (!CODE_SHAPE.matcher(c).matches()) {
            throw new InvalidInputException("code", "验证码应为 16 位字母或数字（不含 0、1、I、L、O），请核对后重新输入");
        }
        return c;
    }

    public List<Certificate> issuedFor(String sourceReference) {
        return store.bySource(sourceReference);
    }

    /** The newest certificates matching a number, type, holder name or code; all of them when the search is empty. */
    public List<Certificate> newest(String search, int limit) {
        return store.newest(search == null ? "" : search.strip(), limit);
    }

    public List<Certificate> heldBy(String holderIdNumber) {
        return store.byHolder(IdentityNumbers.normalise(holderIdNumber));
    }

    /** A 免证办 check: the holder's certificate of this type that is valid on the day, if the library has one. */
    public Optional<Certificate> validCertificate(String holderIdNumber, String type, LocalDate on) {
        return heldBy(holderIdNumber).stream()
                .filter(c -> c.type().equals(type) && c.statusOn(on) == CertificateStatus.VALID)
                .findFirst();
    }

    /** 注销: the code keeps verifying, as revoked from today, so a relying party learns the truth. */
    @Transactional
    public Certificate revoke(String verificationCode, String reason) {
        Certificate c = verify(verificationCode).orElseThrow(() -> new NotFoundException("未找到该电子证照"));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请填写注销原因");
        }
        if (c.revokedOn() != null) {
            throw new InvalidInputException("该电子证照已于 " + c.revokedOn() + " 注销");
        }
        LocalDate today = LocalDate.now(clock);
        store.revoke(c.verificationCode(), today, reason.strip());
        events.publishEvent(new CertificateRevoked(c.number(), reason.strip(), c.sourceReference()));
        return store.byCode(c.verificationCode()).orElseThrow();
    }

    public CertificateStatus statusToday(Certificate c) {
        return c.statusOn(LocalDate.now(clock));
    }

    private static void check(CertificateRequest r) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(blank(r.type()) || r.type().strip().length() > 100, "type", "请填写证照类型（100 字以内）");
        errors.rejectIf(blank(r.holderName()) || r.holderName().strip().length() > 200, "holderName",
                "请填写持证主体名称（200 字以内）");
        errors.rejectIf(!IdentityNumbers.isValidResidentId(r.holderIdNumber())
                && !IdentityNumbers.isValidCreditCode(r.holderIdNumber()), "holderIdNumber",
                "持证主体证件号码应为有效的身份证号或统一社会信用代码");
        errors.rejectIf(r.issuerCode() == null || !UNIT_CODE.matcher(r.issuerCode()).matches(), "issuerCode",
                "发证单位编码应为 12 位区划代码（部门另加后缀，如 -SCJG）");
        errors.rejectIf(blank(r.issuerName()), "issuerName", "请填写发证单位名称");
        errors.rejectIf(r.validFrom() == null, "validFrom", "请填写有效期起始日期");
        errors.rejectIf(r.validFrom() != null && r.validUntil() != null && r.validUntil().isBefore(r.validFrom()),
                "validUntil", "有效期截止日期不能早于起始日期");
        errors.throwIfAny();
    }

    /** Issuer, year and a serial that is never reused, so a number alone names one certificate for good. */
    static String number(String issuerCode, int year, long serial) {
        return "%s-%d-%06d".formatted(issuerCode, year, serial);
    }

    private String newCode() {
        StringBuilder s = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            s.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return s.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
