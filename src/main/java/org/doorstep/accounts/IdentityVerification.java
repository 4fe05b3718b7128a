package org.doorstep.accounts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.doorstep.accounts.internal.AccountStore;
import org.doorstep.accounts.internal.AccountStore.CitizenRow;
import org.doorstep.accounts.internal.AccountStore.VerifiedRow;
import org.doorstep.accounts.internal.CitizenLogins;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.Masking;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实名核验: the levels a citizen or firm account climbs, and the rule that a 身份证号 or 统一社会信用代码 belongs to at
 * most one identity-verified account. Whatever is held under a number (certificates, applications, 免证办 proofs) is
 * for {@link #verifiedHolder(String)} only.
 */
@Service
public class IdentityVerification {

    /** What an account that is not yet identity-verified is told wherever it would see someone's records. */
    public static final String HOW_TO_VERIFY = "您的账号尚未完成实名核验，注册时填写的证件号码还不能用于查看证照和办件、在线申请或免证办。"
            + "请携带居民身份证（企业携带营业执照）到任一政务服务窗口核验。";

    static final String TAKEN = "该证件号码已由另一个账号完成实名核验，不能重复核验。如有疑问，请携带证件到政务服务窗口咨询。";

    private final AccountStore store;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;
    private final Clock clock;

    IdentityVerification(AccountStore store, ApplicationEventPublisher events, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.events = events;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** An account's verification; {@link Verification#MOBILE_ONLY} for an unknown login. */
    public Verification of(String login) {
        return store.verificationByLogin(login).map(VerifiedRow::verification).orElse(Verification.MOBILE_ONLY);
    }

    /**
     * The verified identity a signed-in citizen acts under: PERSON with the 身份证号, or FIRM with the 统一社会信用代码;
     * empty until the account is identity-verified. Never for display (the number is not masked).
     */
    public Optional<VerifiedHolder> verifiedHolder(String login) {
        return store.verificationByLogin(login).filter(v -> v.verification().identityVerified())
                .map(v -> new VerifiedHolder(v.kind(), v.name(), v.number()));
    }

    /** A verified account's identity: kind PERSON or FIRM, name, and the 身份证号 or 统一社会信用代码. */
    public record VerifiedHolder(String kind, String name, String number) {

        public boolean firm() {
            return "FIRM".equals(kind);
        }
    }

    /** What a window officer sees of an account found by its mobile number: the claimed number masked. */
    public record AccountForVerification(String kind, String name, String maskedMobile, String maskedNumber,
            Verification verification) {
    }

    public Optional<AccountForVerification> find(String mobile) {
        String m = IdentityNumbers.normalise(mobile);
        if (!IdentityNumbers.isValidMobile(m)) {
            return Optional.empty();
        }
        return store.verificationByMobile(m).map(v -> new AccountForVerification(v.kind(), v.name(),
                Masking.maskPhone(v.mobile()), v.idNumber() != null ? Masking.maskIdNumber(v.idNumber())
                        : v.creditCode(), v.verification()));
    }

    /**
     * A window officer who has seen the ID card or business licence verifies the account of that mobile number. The
     * number typed from the document must be the one the account claimed; it must not already be verified for another
     * account.
     */
    @Transactional
    @PreAuthorize("hasAuthority('IDENTITY_VERIFY')")
    public void verifyAtWindow(String mobile, IdentityDocument document, String typedNumber, StaffIdentity officer) {
        VerifiedRow account = store.verificationByMobile(IdentityNumbers.normalise(mobile))
                .orElseThrow(() -> new NotFoundException("没有使用该手机号注册的账号"));
        String number = IdentityNumbers.normalise(typedNumber);
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(account.verification().identityVerified(), "mobile", "该账号已完成实名核验，无需再次核验");
        errors.rejectIf(document == null, "document", "请选择您看到的证件");
        errors.rejectIf(document != null && !document.accountKind().equals(account.kind()), "document",
                "FIRM".equals(account.kind()) ? "企业账号须核验营业执照" : "个人账号须核验居民身份证");
        boolean valid = "FIRM".equals(account.kind()) ? IdentityNumbers.isValidCreditCode(number)
                : IdentityNumbers.isValidResidentId(number);
        errors.rejectIf(!valid, "number", "FIRM".equals(account.kind())
                ? "请照营业执照录入 18 位统一社会信用代码（请核对校验位）"
                : "请照身份证录入 18 位身份证号（请核对出生日期和最后一位校验码）");
        errors.rejectIf(valid && !number.equals(account.number()), "number",
                "证件上的号码与该账号注册时填写的号码不一致，不能核验。请申请人核对账号，或用本人证件号码重新注册");
        errors.throwIfAny();
        store.verifiedHolderOf(number).filter(other -> !other.id().equals(account.id()))
                .ifPresent(other -> new FieldErrors().reject("number", TAKEN).throwIfAny());
        Verification v = new Verification(VerificationLevel.IDENTITY_VERIFIED, VerificationMethod.WINDOW, document,
                clock.instant(), officer.username());
        mark(account, null, v, officer.unitCode());
    }

    /** The identity the province's 统一身份认证 vouched for. */
    public record OidcIdentity(String issuer, String subject, String idNumber, String mobile, String name) {
    }

    /** An OIDC sign-in that cannot be linked to an account; the message is Chinese and shown on the sign-in page. */
    public static final class OidcSignInRefused extends RuntimeException {
        public OidcSignInRefused(String message) {
            super(message);
        }
    }

    /**
     * A sign-in through 统一身份认证 links to, or creates, the citizen account it vouches for and leaves it
     * identity-verified; returns the account's login ({@code c-…}).
     * <ol>
     * <li>an account already linked to the provider's subject signs in;</li>
     * <li>else the account of the mobile number the provider gives: verified with the same number, it is linked; a
     * person's unverified account takes the vouched number (it replaces whatever was claimed: the provider knows the
     * holder of both) and is verified; a firm's account, or one verified with another number, is refused;</li>
     * <li>else a new person account is created, verified, with an unusable password (it signs in through 统一身份认证
     * until the holder sets one with 忘记密码).</li>
     * </ol>
     * An ID number already verified for another account is refused: one number, one verified account. Unverified
     * accounts of other mobile numbers that claimed the number keep their claim, which can then never be verified.
     */
    @Transactional
    public String signInWithOidc(OidcIdentity who) {
        String idNumber = IdentityNumbers.normalise(who.idNumber());
        if (!IdentityNumbers.isValidResidentId(idNumber)) {
            throw new OidcSignInRefused("统一身份认证未提供有效的居民身份证号，无法登录。企业请使用企业账号登录，并到窗口核验营业执照。");
        }
        Optional<VerifiedRow> linked = store.verificationByOidcSubject(who.issuer(), who.subject());
        if (linked.isPresent()) {
            if (!idNumber.equals(linked.get().number())) {
                throw new OidcSignInRefused("统一身份认证提供的身份证号与已关联账号的不一致，无法登录。请到政务服务窗口咨询。");
            }
            return linked.get().login();
        }
        String mobile = IdentityNumbers.normalise(who.mobile());
        if (!IdentityNumbers.isValidMobile(mobile)) {
            throw new OidcSignInRefused("统一身份认证未提供手机号，无法关联本平台账号。请先用本人手机号注册，或到政务服务窗口办理实名核验。");
        }
        Optional<VerifiedRow> holder = store.verifiedHolderOf(idNumber);
        Optional<VerifiedRow> byMobile = store.verificationByMobile(mobile);
        Verification v = new Verification(VerificationLevel.IDENTITY_VERIFIED, VerificationMethod.OIDC,
                null, clock.instant(), who.issuer());
        if (byMobile.isPresent()) {
            VerifiedRow account = byMobile.get();
            if ("FIRM".equals(account.kind())) {
                throw new OidcSignInRefused("该手机号已注册为企业账号。统一身份认证用于个人登录，企业账号请用手机号和密码登录。");
            }
            if (account.verification().identityVerified() && !idNumber.equals(account.idNumber())) {
                throw new OidcSignInRefused("该手机号的账号已用另一身份证号完成实名核验，无法关联。请到政务服务窗口咨询。");
            }
            if (holder.isPresent() && !holder.get().id().equals(account.id())) {
                throw new OidcSignInRefused(TAKEN);
            }
            // A mobile number in the provider's claims proves no one owns the account registered with it: link only
            // an account that claimed this very 身份证号, so nobody takes over another person's account.
            if (!account.verification().identityVerified() && !idNumber.equals(account.idNumber())) {
                throw new OidcSignInRefused("该手机号注册的账号登记的身份证号与统一身份认证提供的不一致，无法关联。"
                        + "请用账号密码登录后到政务服务窗口办理实名核验，或咨询窗口工作人员。");
            }
            if (!account.verification().identityVerified()) {
                mark(account, idNumber, v, null);
            }
            store.linkOidcSubject(account.id(), who.issuer(), who.subject());
            return account.login();
        }
        if (holder.isPresent()) {
            throw new OidcSignInRefused(TAKEN);
        }
        String name = who.name() == null || who.name().isBlank() ? "统一身份认证用户" : who.name().strip();
        UUID id = UUID.randomUUID();
        // No password anyone knows: a random one, hashed and forgotten.
        store.insertCitizen(new CitizenRow(id, "PERSON", mobile, name.length() > 100 ? name.substring(0, 100) : name,
                idNumber, null, null, passwords.encode(UUID.randomUUID().toString() + UUID.randomUUID())));
        events.publishEvent(new AccountChanged("accounts.citizen.registered", CitizenLogins.of(id), null,
                Map.of("kind", "PERSON", "via", "OIDC")));
        VerifiedRow created = store.verificationByMobile(mobile).orElseThrow();
        mark(created, null, v, null);
        store.linkOidcSubject(id, who.issuer(), who.subject());
        return created.login();
    }

    private void mark(VerifiedRow account, String idNumber, Verification v, String unit) {
        try {
            store.markVerified(account.id(), idNumber, v, unit);
        } catch (DuplicateKeyException e) {
            // Another account was verified with the number at the same moment: the unique index decides.
            if (v.method() == VerificationMethod.OIDC) {
                throw new OidcSignInRefused(TAKEN);
            }
            new FieldErrors().reject("number", TAKEN).throwIfAny();
            throw e;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("level", VerificationLevel.IDENTITY_VERIFIED.name());
        after.put("method", v.method().name());
        if (v.document() != null) {
            after.put("document", v.document().name());
        }
        String number = idNumber != null ? idNumber : account.number();
        after.put("number", "FIRM".equals(account.kind()) ? number : Masking.maskIdNumber(number));
        if (unit != null) {
            after.put("unitCode", unit);
        }
        events.publishEvent(new IdentityVerified("accounts.citizen.identity-verified", account.login(),
                account.verification().level().name(), after));
    }
}
