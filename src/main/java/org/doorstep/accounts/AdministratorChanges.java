package org.doorstep.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.doorstep.accounts.internal.AccountStore;
import org.doorstep.accounts.internal.AccountStore.StaffRow;
import org.doorstep.accounts.internal.AdminChangeStore;
import org.doorstep.accounts.internal.AdminChangeStore.ChangeRow;
import org.doorstep.accounts.internal.SecondFactor;
import org.doorstep.organization.Organization;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三员分立 with a second pair of eyes (双人复核): a security administrator who creates an account with an
 * administrator role, or resets the password or authenticator of an administrator, only files the change; it takes
 * effect when another administrator — neither the one who asked nor the account's holder, and whose area covers the
 * account — approves it. Otherwise one security administrator could set a system or audit administrator's password,
 * reset the authenticator and sign in as them. Changes to other staff accounts, and changes that nobody else could
 * review (a county setting up its first administrators), take effect at once; the audit trail records which.
 */
@Service
public class AdministratorChanges {

    /** What became of a change asked for. */
    public enum Outcome {
        APPLIED, AWAITING_REVIEW
    }

    public enum Kind {
        CREATE("新建管理员账号"), PASSWORD_RESET("重置管理员密码"), SECOND_FACTOR_RESET("重置管理员身份验证器");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An open change as a reviewer sees it; {@code mayDecide} tells whether this viewer may approve it. */
    public record PendingChange(UUID id, Kind kind, String targetUsername, String displayName, Set<Role> roles,
            String unitCode, String requestedBy, Instant requestedAt, boolean mayDecide) {
    }

    private final Accounts accounts;
    private final AccountStore store;
    private final AdminChangeStore changes;
    private final SecondFactor secondFactor;
    private final Organization organization;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdministratorChanges(Accounts accounts, AccountStore store, AdminChangeStore changes, SecondFactor secondFactor,
            Organization organization, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.changes = changes;
        this.secondFactor = secondFactor;
        this.organization = organization;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    public Outcome createStaff(NewStaffAccount account, StaffIdentity requester) {
        String username = accounts.checkedNewStaff(account);
        String hash = passwords.encode(account.password());
        if (!administrator(account.roles()) || !reviewable(requester, username, account.unitCode().strip())) {
            accounts.insertStaff(account, username, hash);
            return Outcome.APPLIED;
        }
        return file(Kind.CREATE, username, account.unitCode().strip(), account.roles(),
                account.displayName().strip(), hash, requester);
    }

    @Transactional
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    public Outcome resetPassword(UUID staffId, String newPassword, StaffIdentity requester) {
        StaffRow target = staff(staffId);
        String hash = accounts.checkedPasswordHash(staffId, newPassword);
        if (!needsReview(target, requester)) {
            accounts.setStaffPasswordHash(staffId, hash);
            return Outcome.APPLIED;
        }
        return file(Kind.PASSWORD_RESET, target.username(), target.unitCode(), target.roles(), null, hash, requester);
    }

    @Transactional
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    public Outcome resetSecondFactor(UUID staffId, StaffIdentity requester) {
        StaffRow target = staff(staffId);
        if (!needsReview(target, requester)) {
            accounts.resetSecondFactor(staffId);
            return Outcome.APPLIED;
        }
        return file(Kind.SECOND_FACTOR_RESET, target.username(), target.unitCode(), target.roles(), null, null,
                requester);
    }

    /** The open changes for accounts within the viewer's area. */
    @PreAuthorize("hasAuthority('ADMIN_CHANGE_REVIEW')")
    public List<PendingChange> pending(StaffIdentity viewer) {
        return changes.open().stream().filter(c -> organization.isWithin(c.targetUnit(), viewer.unitCode()))
                .map(c -> new PendingChange(c.id(), Kind.valueOf(c.kind()), c.targetUsername(), c.displayName(),
                        roles(c.targetRoles()), c.targetUnit(), c.requestedBy(), c.requestedAt(),
                        mayDecide(c, viewer)))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMIN_CHANGE_REVIEW')")
    public void approve(UUID changeId, StaffIdentity reviewer) {
        ChangeRow c = decidable(changeId, reviewer);
        Kind kind = Kind.valueOf(c.kind());
        switch (kind) {
            case CREATE -> {
                if (store.staffByUsername(c.targetUsername()).isPresent()) {
                    throw new ConflictException("账号 " + c.targetUsername() + " 已存在，不能再新建；请退回这项申请");
                }
                accounts.insertStaff(new NewStaffAccount(c.targetUsername(), c.displayName(),
                        roles(c.targetRoles()), c.targetUnit(), null), c.targetUsername(), c.passwordHash());
            }
            case PASSWORD_RESET -> accounts.setStaffPasswordHash(target(c).id(), c.passwordHash());
            case SECOND_FACTOR_RESET -> accounts.resetSecondFactor(target(c).id());
        }
        changes.decide(changeId, "APPROVED", reviewer.username(), clock.instant());
        events.publishEvent(new AccountChanged("accounts.admin-change.approved", c.targetUsername(), "PENDING",
                Map.of("kind", kind.name(), "requestedBy", c.requestedBy())));
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMIN_CHANGE_REVIEW')")
    public void reject(UUID changeId, StaffIdentity reviewer) {
        ChangeRow c = decidable(changeId, reviewer);
        changes.decide(changeId, "REJECTED", reviewer.username(), clock.instant());
        events.publishEvent(new AccountChanged("accounts.admin-change.rejected", c.targetUsername(), "PENDING",
                Map.of("kind", c.kind(), "requestedBy", c.requestedBy())));
    }

    private Outcome file(Kind kind, String username, String unit, Set<Role> roles, String displayName, String hash,
            StaffIdentity requester) {
        boolean filed = changes.file(new ChangeRow(UUID.randomUUID(), kind.name(), username, unit, names(roles),
                displayName, hash, requester.username(), clock.instant(), "PENDING", null, null));
        if (!filed) {
            throw new ConflictException("账号 " + username + " 已有一项“" + kind.label() + "”在等待复核，请先由另一名管理员复核");
        }
        events.publishEvent(new AccountChanged("accounts.admin-change.requested", username, null,
                Map.of("kind", kind.name(), "roles", names(roles), "unitCode", unit)));
        return Outcome.AWAITING_REVIEW;
    }

    private boolean needsReview(StaffRow target, StaffIdentity requester) {
        return administrator(target.roles()) && reviewable(requester, target.username(), target.unitCode());
    }

    /** Whether someone other than the requester and the holder could review a change to an account of this unit. */
    private boolean reviewable(StaffIdentity requester, String holder, String unit) {
        return store.allStaff().stream().anyMatch(s -> s.enabled() && administrator(s.roles())
                && !s.username().equals(requester.username()) && !s.username().equals(holder)
                && organization.isWithin(unit, s.unitCode()));
    }

    private boolean mayDecide(ChangeRow c, StaffIdentity viewer) {
        return !viewer.username().equals(c.requestedBy()) && !viewer.username().equals(c.targetUsername())
                && organization.isWithin(c.targetUnit(), viewer.unitCode())
                && viewer.roleCodes().stream().map(Role::of).anyMatch(Role.SEPARATED_ADMINISTRATORS::contains);
    }

    private ChangeRow decidable(UUID changeId, StaffIdentity reviewer) {
        ChangeRow c = changes.openForDecision(changeId)
                .orElseThrow(() -> new NotFoundException("没有这项待复核的变更，或它已被复核"));
        if (!organization.isWithin(c.targetUnit(), reviewer.unitCode())) {
            throw new NotFoundException("没有这项待复核的变更，或它已被复核");
        }
        if (!mayDecide(c, reviewer)) {
            throw new AccessDeniedException("提出变更的管理员和账号本人不能复核这项变更，须由另一名管理员复核");
        }
        return c;
    }

    private StaffRow staff(UUID id) {
        return store.staffById(id).orElseThrow(() -> new NotFoundException("没有这个工作人员账号"));
    }

    private StaffRow target(ChangeRow c) {
        return store.staffByUsername(c.targetUsername())
                .orElseThrow(() -> new ConflictException("账号 " + c.targetUsername() + " 已不存在；请退回这项申请"));
    }

    private static boolean administrator(Set<Role> roles) {
        return roles != null && roles.stream().anyMatch(Role.SEPARATED_ADMINISTRATORS::contains);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
