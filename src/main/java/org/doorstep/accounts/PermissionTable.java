package org.doorstep.accounts;

import static org.doorstep.accounts.Permission.*;
import static org.doorstep.accounts.PermissionScope.ROOT;
import static org.doorstep.accounts.PermissionScope.UNIT;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one permission table: role × action × scope. An action a role is not given here is refused, in every console
 * page, API and module method. Read it line by line against the roles' duties; {@code PermissionMatrixTest} checks
 * every role against every console and API action.
 */
public final class PermissionTable {

    private static final Map<Role, Map<Permission, PermissionScope>> TABLE = new EnumMap<>(Role.class);

    static {
        grant(Role.SYSTEM_ADMIN, UNIT, CASE_VIEW, CASE_ENTER, CASE_INTAKE, CASE_DISPATCH, CASE_DECIDE, CASE_DELIVER,
                CASE_HANDOVER, CASE_REASSIGN, CERTIFICATE_VIEW, CERTIFICATE_REVOKE, DOCUMENT_VIEW, CATALOGUE_VIEW,
                CATALOGUE_EDIT, REQUEST_VIEW, REQUEST_HANDLE, TOPIC_VIEW, TOPIC_HANDLE, CONSULTATION_LOG,
                CONSULTATION_VIEW, REPORT_VIEW, SERVICE_VIEW, SERVICE_CREATE, SERVICE_EDIT, ORGANIZATION_EDIT,
                ORGANIZATION_EXPORT, ACCOUNT_UNLOCK, ADMIN_CHANGE_REVIEW, NOTIFICATION_VIEW, NOTIFICATION_RESEND);
        grant(Role.SYSTEM_ADMIN, ROOT, CALENDAR_EDIT, SEARCH_ADMIN, SERVICE_IMPORT);
        // 收费 is decided by the disclosure office (条例第四十二条); an administrator who may handle requests may not.
        grant(Role.SECURITY_ADMIN, UNIT, ACCOUNT_MANAGE, ACCOUNT_UNLOCK, ADMIN_CHANGE_REVIEW);
        grant(Role.AUDIT_ADMIN, UNIT, AUDIT_VIEW, ADMIN_CHANGE_REVIEW);
        grant(Role.DISCLOSURE_OFFICER, UNIT, DOCUMENT_VIEW, DOCUMENT_EDIT, CATALOGUE_VIEW, CATALOGUE_EDIT,
                REQUEST_VIEW, REQUEST_HANDLE, REQUEST_FEE_DECIDE, TOPIC_VIEW, TOPIC_HANDLE, TOPIC_ANSWER, CONSULTATION_LOG, CONSULTATION_VIEW,
                HOT_TOPIC_DRAFT, REPORT_VIEW, REPORT_EDIT, SERVICE_VIEW, NOTIFICATION_VIEW, NOTIFICATION_RESEND);
        // The site belongs to the county: its disclosure office answers for errors reported on it (政府网站找错).
        grant(Role.DISCLOSURE_OFFICER, ROOT, SITE_FEEDBACK_HANDLE);
        grant(Role.CONFIDENTIALITY_REVIEWER, UNIT, DOCUMENT_VIEW, DOCUMENT_REVIEW, CATALOGUE_VIEW, SERVICE_VIEW);
        grant(Role.WINDOW_OFFICER, UNIT, CASE_VIEW, CASE_ENTER, CASE_INTAKE, CASE_DISPATCH, CASE_DELIVER,
                CASE_HANDOVER, CERTIFICATE_VIEW, CERTIFICATE_REVOKE, CONSULTATION_LOG, CONSULTATION_VIEW, SERVICE_VIEW,
                IDENTITY_VERIFY, NOTIFICATION_VIEW, NOTIFICATION_RESEND);
        grant(Role.DEPARTMENT_REVIEWER, UNIT, CASE_VIEW, CASE_INTAKE, CASE_DECIDE, CASE_DELIVER, CASE_HANDOVER,
                CERTIFICATE_VIEW, CERTIFICATE_REVOKE, TOPIC_VIEW, TOPIC_ANSWER, CONSULTATION_LOG, CONSULTATION_VIEW,
                SERVICE_VIEW, SERVICE_EDIT, NOTIFICATION_VIEW, NOTIFICATION_RESEND);
        grant(Role.GRID_WORKER, UNIT, CONSULTATION_LOG, CONSULTATION_VIEW, SERVICE_VIEW);
        // 督查 reads everything in its area and changes nothing.
        grant(Role.SUPERVISOR, UNIT, CASE_VIEW, CERTIFICATE_VIEW, DOCUMENT_VIEW, CATALOGUE_VIEW, REQUEST_VIEW,
                TOPIC_VIEW, CONSULTATION_VIEW, REPORT_VIEW, SERVICE_VIEW, AUDIT_VIEW, NOTIFICATION_VIEW);
    }

    private PermissionTable() {
    }

    private static void grant(Role role, PermissionScope scope, Permission... permissions) {
        Map<Permission, PermissionScope> row = TABLE.computeIfAbsent(role, r -> new EnumMap<>(Permission.class));
        for (Permission p : permissions) {
            if (row.put(p, scope) != null) {
                throw new IllegalStateException(role + " is granted " + p + " twice");
            }
        }
    }

    /** The scope in which a role may take an action, or empty when it may not. */
    public static Optional<PermissionScope> scope(Role role, Permission permission) {
        return Optional.ofNullable(TABLE.getOrDefault(role, Map.of()).get(permission));
    }

    /**
     * What an account with these roles may do. {@code atRoot}: the account's unit is the top of the organisation,
     * where the {@link PermissionScope#ROOT} actions are allowed.
     */
    public static Set<Permission> granted(Collection<Role> roles, boolean atRoot) {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Role role : roles) {
            TABLE.getOrDefault(role, Map.of()).forEach((p, scope) -> {
                if (scope == UNIT || atRoot) {
                    granted.add(p);
                }
            });
        }
        return granted;
    }
}
