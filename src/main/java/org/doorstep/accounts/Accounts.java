package org.doorstep.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.doorstep.accounts.internal.AccountStore;
import org.doorstep.accounts.internal.AccountStore.CitizenRow;
import org.doorstep.accounts.internal.AccountStore.StaffRow;
import org.doorstep.accounts.internal.CitizenLogins;
import org.doorstep.accounts.internal.LoginKeys;
import org.doorstep.accounts.internal.SecondFactor;
import org.doorstep.accounts.internal.SignInAttempts;
import org.doorstep.organization.Organization;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.Masking;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts, citizen and firm registration, and unlocking. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,39}");

    private final AccountStore store;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwords;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final SecondFactor secondFactor;
    private final LoginKeys loginKeys;

    Accounts(AccountStore store, SignInAttempts attempts, PasswordEncoder passwords, Organization organization,
            ApplicationEventPublisher events, SecondFactor secondFactor, LoginKeys loginKeys) {
        this.secondFactor = secondFactor;
        this.loginKeys = loginKeys;
        this.store = store;
        this.attempts = attempts;
        this.passwords = passwords;
        this.organization = organization;
        this.events = events;
    }

    /** Staff whose unit lies within {@code scopeUnitCode} (an administrator sees the accounts of their own area). */
    public List<StaffAccount> staff(String scopeUnitCode) {
        Predicate<StaffRow> inScope = s -> scopeUnitCode == null || organization.isWithin(s.unitCode(), scopeUnitCode);
        return store.allStaff().stream().filter(inScope)
                .map(s -> new StaffAccount(s.id(), s.username(), s.displayName(), s.roles(), s.unitCode(), s.enabled(),
                        attempts.lockedUntil(s.username()).orElse(null)))
                .toList();
    }

    /** An enabled staff member as module code sees a signed-in officer (e.g. to check a hand-over target's reach). */
    public Optional<StaffIdentity> enabledStaff(String username) {
        return store.staffByUsername(username == null ? "" : username.strip()).filter(StaffRow::enabled)
                .map(s -> new StaffMember(s.username(), s.displayName(), s.roles(), s.unitCode()));
    }

    /** Whether a unit lies within a scope (the same unit or below it). */
    public boolean isWithin(String unitCode, String scopeUnitCode) {
        return organization.isWithin(unitCode, scopeUnitCode);
    }

    /**
     * Creates a staff account at once. Administrators' accounts made from the console go through
     * {@link AdministratorChanges}, which may hold them for a second administrator's review.
     */
    @Transactional
    public UUID createStaff(NewStaffAccount account) {
        String username = checkedNewStaff(account);
        return insertStaff(account, username, passwords.encode(account.password()));
    }

    /** Checks a new staff account as the console form does; answers its user name, or throws the form's errors. */
    String checkedNewStaff(NewStaffAccount account) {
        FieldErrors errors = new FieldErrors();
        String username = account.username() == null ? "" : account.username().strip();
        errors.rejectIf(!USERNAME.matcher(username).matches(), "username",
                "账号须以小写字母开头，由 3 到 40 位小写字母、数字、点、下划线或连字符组成");
        // c-<uuid> names citizens inside the platform.
        errors.rejectIf(!errors.has("username") && (store.staffByUsername(username).isPresent()
                || CitizenLogins.id(username).isPresent()), "username", "该账号已存在");
        errors.rejectIf(blank(account.displayName()) || account.displayName().strip().length() > 60, "displayName",
                "请填写显示名称（不超过 60 字）");
        errors.rejectIf(account.roles() == null || account.roles().isEmpty(), "roles", "请至少选择一个角色");
        errors.rejectIf(account.roles() != null && account.roles().contains(Role.CITIZEN), "roles", "工作人员账号不能选择群众角色");
        errors.rejectIf(account.roles() != null
                && account.roles().stream().filter(Role.SEPARATED_ADMINISTRATORS::contains).count() > 1, "roles",
                "系统管理员、安全管理员和审计管理员须由不同人员担任（三员分立），一个账号只能担任其中一个");
        errors.rejectIf(blank(account.unitCode()) || organization.unit(account.unitCode().strip()).isEmpty(), "unitCode",
                "请选择账号所属单位");
        PasswordPolicy.problem(account.password(), username).ifPresent(p -> errors.reject("password", p));
        errors.throwIfAny();
        return username;
    }

    /** Stores a checked new staff account with its password's hash. */
    UUID insertStaff(NewStaffAccount account, String username, String passwordHash) {
        UUID id = UUID.randomUUID();
        Set<Role> roles = EnumSet.copyOf(account.roles());
        store.insertStaff(new StaffRow(id, username, account.displayName().strip(), passwordHash,
                account.unitCode().strip(), true, roles));
        events.publishEvent(new AccountChanged("accounts.staff.created", username, null,
                Map.of("displayName", account.displayName().strip(), "roles", roles.toString(), "unitCode",
                        account.unitCode().strip())));
        return id;
    }

    @Transactional
    public void setEnabled(UUID staffId, boolean enabled) {
        StaffRow s = store.staffById(staffId).orElseThrow(() -> new NotFoundException("没有这个工作人员账号"));
        store.setEnabled(staffId, enabled);
        store.endSessions(s.username());
        events.publishEvent(new AccountChanged(enabled ? "accounts.staff.enabled" : "accounts.staff.disabled",
                s.username(), s.enabled(), enabled));
    }

    @Transactional
    public void resetStaffPassword(UUID staffId, String newPassword) {
        setStaffPasswordHash(staffId, checkedPasswordHash(staffId, newPassword));
    }

    /** The hash of a new password for a staff account, once the password policy accepts it. */
    String checkedPasswordHash(UUID staffId, String newPassword) {
        StaffRow s = store.staffById(staffId).orElseThrow(() -> new NotFoundException("没有这个工作人员账号"));
        FieldErrors errors = new FieldErrors();
        PasswordPolicy.problem(newPassword, s.username()).ifPresent(p -> errors.reject("password", p));
        errors.throwIfAny();
        return passwords.encode(newPassword);
    }

    void setStaffPasswordHash(UUID staffId, String hash) {
        StaffRow s = store.staffById(staffId).orElseThrow(() -> new NotFoundException("没有这个工作人员账号"));
        store.setStaffPassword(staffId, hash);
        store.endSessions(s.username());
        events.publishEvent(new AccountChanged("accounts.staff.password-reset", s.username(), null, null));
    }

    /**
     * Anyone signed in changes their own password, proving the current one. The login is a staff user name or a
     * citizen's login ({@code c-…}, see {@link #citizenLogin(UUID)}).
     */
    @Transactional
    public void changeOwnPassword(String login, String currentPassword, String newPassword, String newPasswordConfirm) {
        Optional<CitizenRow> citizen = store.citizenByLogin(login);
        String hash = citizen.isPresent() ? citizen.get().passwordHash()
                : store.staffByUsername(login).map(StaffRow::passwordHash).orElse(null);
        if (hash == null) {
            throw new NotFoundException("没有这个账号");
        }
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(currentPassword == null || !passwords.matches(currentPassword, hash), "currentPassword",
                "当前密码不正确");
        // A citizen's password must not contain the mobile number they sign in with.
        String signInName = citizen.map(CitizenRow::mobile).orElse(login);
        PasswordPolicy.problem(newPassword, signInName).ifPresent(p -> errors.reject("newPassword", p));
        errors.rejectIf(newPassword != null && newPassword.equals(currentPassword), "newPassword", "新密码不能与当前密码相同");
        errors.rejectIf(newPassword != null && !newPassword.equals(newPasswordConfirm), "newPasswordConfirm",
                "两次输入的新密码不一致");
        errors.throwIfAny();
        if (citizen.isPresent()) {
            store.setCitizenPassword(citizen.get().id(), passwords.encode(newPassword));
        } else {
            store.staffByUsername(login).ifPresent(s -> store.setStaffPassword(s.id(), passwords.encode(newPassword)));
        }
        store.endSessions(login);
        events.publishEvent(new AccountChanged("accounts.password-changed", login, null, null));
    }

    /**
     * A staff member lost the phone with their authenticator: the security administrator clears the second factor,
     * every session of the account ends, and the next sign-in enrols a new one.
     */
    @Transactional
    public void resetSecondFactor(UUID staffId) {
        StaffRow s = store.staffById(staffId).orElseThrow(() -> new NotFoundException("没有这个工作人员账号"));
        secondFactor.reset(s.username());
        store.endSessions(s.username());
        events.publishEvent(new AccountChanged("accounts.staff.second-factor-reset", s.username(), null, null));
    }

    /** Lifts a lockout; the login is what the account signs in with: a staff user name or a citizen's mobile number. */
    @Transactional
    public boolean unlock(String login) {
        boolean was = attempts.unlock(loginKeys.of(login));
        Optional<CitizenRow> citizen = IdentityNumbers.isValidMobile(login) ? store.citizenByMobile(login)
                : Optional.empty();
        String account = citizen.map(CitizenRow::login).orElse(login);
        store.endSessions(account);
        if (was) {
            events.publishEvent(new AccountChanged("accounts.unlocked", account, "locked", "unlocked"));
        }
        return was;
    }

    /**
     * Registers a citizen or firm whose mobile number the caller has already proven (the portal does so with an SMS
     * code, see {@link CitizenSelfService}); every field is checked as the portal checks it.
     */
    @Transactional
    public UUID register(CitizenRegistration r) {
        FieldErrors errors = registrationErrors(r);
        String mobile = IdentityNumbers.normalise(r.mobile());
        errors.rejectIf(!errors.has("mobile") && store.citizenByMobile(mobile).isPresent(), "mobile", "该手机号已注册，请直接登录");
        errors.throwIfAny();
        return insertCitizen(r);
    }

    /**
     * Every problem of a registration that can be told without looking at other accounts: whether a number or a
     * credit code is already registered is never part of the answer (no enumeration).
     */
    FieldErrors registrationErrors(CitizenRegistration r) {
        FieldErrors errors = new FieldErrors();
        boolean firm = "FIRM".equals(r.kind());
        errors.rejectIf(!"PERSON".equals(r.kind()) && !firm, "kind", "请选择个人或企业");
        errors.rejectIf(blank(r.name()) || r.name().strip().length() > 100, "name",
                firm ? "请填写企业名称（不超过 100 字）" : "请填写姓名（不超过 100 字）");
        String idNumber = IdentityNumbers.normalise(r.idNumber());
        String creditCode = IdentityNumbers.normalise(r.creditCode());
        if (firm) {
            errors.rejectIf(!IdentityNumbers.isValidCreditCode(creditCode), "creditCode",
                    "统一社会信用代码不正确（应为 18 位，请核对校验位）");
            errors.rejectIf(!errors.has("creditCode") && store.creditCodeTaken(creditCode), "creditCode",
                    "该统一社会信用代码已由一个完成实名核验的企业账号使用；如有疑问，请携带营业执照到政务服务窗口咨询");
            errors.rejectIf(blank(r.contactName()), "contactName", "请填写经办人姓名");
        } else if ("PERSON".equals(r.kind())) {
            errors.rejectIf(!IdentityNumbers.isValidResidentId(idNumber), "idNumber",
                    "身份证号不正确（应为 18 位，请核对出生日期和最后一位校验码）");
        }
        String mobile = IdentityNumbers.normalise(r.mobile());
        errors.rejectIf(!IdentityNumbers.isValidMobile(mobile), "mobile", "手机号应为 11 位中国大陆手机号");
        PasswordPolicy.problem(r.password(), mobile).ifPresent(p -> errors.reject("password", p));
        errors.rejectIf(r.password() != null && !r.password().equals(r.passwordConfirm()), "passwordConfirm",
                "两次输入的密码不一致");
        return errors;
    }

    /** Stores a registration that passed {@link #registrationErrors(CitizenRegistration)}. */
    UUID insertCitizen(CitizenRegistration r) {
        boolean firm = "FIRM".equals(r.kind());
        String mobile = IdentityNumbers.normalise(r.mobile());
        UUID id = UUID.randomUUID();
        store.insertCitizen(new CitizenRow(id, firm ? "FIRM" : "PERSON", mobile, r.name().strip(),
                firm ? null : IdentityNumbers.normalise(r.idNumber()),
                firm ? IdentityNumbers.normalise(r.creditCode()) : null, firm ? r.contactName().strip() : null,
                passwords.encode(r.password())));
        events.publishEvent(new AccountChanged("accounts.citizen.registered", CitizenLogins.of(id), null,
                Map.of("kind", firm ? "FIRM" : "PERSON")));
        return id;
    }

    /** Whether a mobile number has a citizen or firm account; never for an answer to an anonymous caller. */
    boolean citizenExists(String mobile) {
        return store.citizenByMobile(mobile).isPresent();
    }

    /** Sets a citizen's password after the caller proved the number ({@link CitizenSelfService}). */
    void setCitizenPassword(String mobile, String newPassword) {
        CitizenRow c = store.citizenByMobile(mobile).orElseThrow(() -> new NotFoundException("没有这个账号"));
        store.setCitizenPassword(c.id(), passwords.encode(newPassword));
        // The holder proved the number: every old session ends, and a lockout by strangers is lifted.
        store.endSessions(c.login());
        attempts.unlock(loginKeys.of(mobile));
        events.publishEvent(new AccountChanged("accounts.password-reset-by-sms", c.login(), null, null));
    }

    /** What the platform calls the citizen or firm account with this id once signed in: {@code c-<id>}. */
    public static String citizenLogin(UUID account) {
        return CitizenLogins.of(account);
    }

    /** A signed-in citizen's own profile (by their login), identifiers masked for display. */
    public Optional<CitizenProfile> citizen(String login) {
        return store.citizenByLogin(login).map(c -> new CitizenProfile(c.kind(), c.name(),
                Masking.maskPhone(c.mobile()),
                c.idNumber() == null ? null : Masking.maskIdNumber(c.idNumber()), c.creditCode(), c.contactName()));
    }

    /**
     * The identifier a citizen's certificates and applications are held under: a person's 身份证号, a firm's
     * 统一社会信用代码, and only once the account is identity-verified (a number typed at registration is only claimed).
     * Never for display; use {@link #citizen(String)} for that.
     */
    public Optional<String> holderIdentifier(String login) {
        return store.verificationByLogin(login).filter(v -> v.verification().identityVerified())
                .map(AccountStore.VerifiedRow::number);
    }

    /**
     * The mobile a citizen proved with an SMS code at registration, so their own applications can be sent to it
     * without typing it again. Never for display; use {@link #citizen(String)} for that.
     */
    public Optional<String> citizenMobile(String login) {
        return store.citizenByLogin(login).map(c -> c.mobile()).filter(m -> m != null && !m.isBlank());
    }

    /** A citizen's profile for display: mobile and ID number masked. */
    public record CitizenProfile(String kind, String name, String maskedMobile, String maskedIdNumber,
            String creditCode, String contactName) {
    }

    private record StaffMember(String username, String displayName, Set<Role> roles, String unitCode)
            implements StaffIdentity {
        @Override
        public String roleCode() {
            return roles.stream().sorted().map(Role::name).findFirst().orElseThrow();
        }

        @Override
        public Set<String> roleCodes() {
            return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
