package org.doorstep.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.doorstep.accounts.IdentityDocument;
import org.doorstep.accounts.Role;
import org.doorstep.accounts.Verification;
import org.doorstep.accounts.VerificationLevel;
import org.doorstep.accounts.VerificationMethod;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts tables. */
@Repository
public class AccountStore {

    public record StaffRow(UUID id, String username, String displayName, String passwordHash, String unitCode,
            boolean enabled, Set<Role> roles) {
    }

    /** A citizen or firm account; mobile and ID number in clear here, sealed in the table. */
    public record CitizenRow(UUID id, String kind, String mobile, String name, String idNumber, String creditCode,
            String contactName, String passwordHash) {

        public String login() {
            return CitizenLogins.of(id);
        }
    }

    private final JdbcClient jdbc;
    private final PersonalData sealed;

    AccountStore(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    private String mobileHash(String mobile) {
        return sealed.lookupHash(Kind.PHONE, mobile);
    }

    private String idHash(String number) {
        return sealed.lookupHash(Kind.ID_NUMBER, number);
    }

    public Optional<StaffRow> staffByUsername(String username) {
        return staff("where s.username = ?", username).stream().findFirst();
    }

    public Optional<StaffRow> staffById(UUID id) {
        return staff("where s.id = ?", id).stream().findFirst();
    }

    public List<StaffRow> allStaff() {
        return staff("");
    }

    private List<StaffRow> staff(String where, Object... params) {
        return jdbc.sql("""
                select s.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
                from accounts_staff s left join accounts_staff_role r on r.staff_id = s.id
                """ + where + " group by s.id order by s.unit_code, s.username")
                .params(params).query(this::staffRow).list();
    }

    private StaffRow staffRow(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : rs.getString("roles").split(",")) {
            if (!r.isEmpty()) {
                roles.add(Role.valueOf(r));
            }
        }
        return new StaffRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getString("unit_code"), rs.getBoolean("enabled"), roles);
    }

    public void insertStaff(StaffRow s) {
        jdbc.sql("""
                insert into accounts_staff (id, username, display_name, password_hash, unit_code, enabled)
                values (?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.username(), s.displayName(), s.passwordHash(), s.unitCode(), s.enabled()).update();
        for (Role role : s.roles()) {
            jdbc.sql("insert into accounts_staff_role (staff_id, role) values (?, ?)").params(s.id(), role.name())
                    .update();
        }
    }

    public void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update accounts_staff set enabled = ? where id = ?").params(enabled, id).update();
    }

    public void setStaffPassword(UUID id, String hash) {
        jdbc.sql("update accounts_staff set password_hash = ? where id = ?").params(hash, id).update();
    }

    public void setCitizenPassword(UUID id, String hash) {
        jdbc.sql("update accounts_citizen set password_hash = ? where id = ?").params(hash, id).update();
    }

    /** The account registered with a mobile number (found by the number's keyed hash). */
    public Optional<CitizenRow> citizenByMobile(String mobile) {
        return jdbc.sql("select * from accounts_citizen where mobile_hash = ?").param(mobileHash(mobile))
                .query(this::citizenRow).optional();
    }

    /** The account a signed-in citizen's login names. */
    public Optional<CitizenRow> citizenByLogin(String login) {
        return CitizenLogins.id(login).flatMap(id -> jdbc.sql("select * from accounts_citizen where id = ?").param(id)
                .query(this::citizenRow).optional());
    }

    private CitizenRow citizenRow(ResultSet rs, int n) throws SQLException {
        return new CitizenRow(rs.getObject("id", UUID.class), rs.getString("kind"),
                sealed.open(Kind.PHONE, rs.getString("mobile_sealed")), rs.getString("name"),
                sealed.open(Kind.ID_NUMBER, rs.getString("id_number_sealed")), rs.getString("credit_code"),
                rs.getString("contact_name"), rs.getString("password_hash"));
    }

    /** Ends every session of the account (a staff user name or a citizen's login) at its next request. */
    public void endSessions(String login) {
        Optional<UUID> citizen = CitizenLogins.id(login);
        if (citizen.isPresent()) {
            jdbc.sql("update accounts_citizen set session_version = session_version + 1 where id = ?")
                    .param(citizen.get()).update();
        } else {
            jdbc.sql("update accounts_staff set session_version = session_version + 1 where username = ?")
                    .param(login).update();
        }
    }

    /** The account's current session version, or empty when it is gone or (staff) disabled. */
    public Optional<Integer> liveSessionVersion(String login) {
        Optional<UUID> citizen = CitizenLogins.id(login);
        if (citizen.isPresent()) {
            return jdbc.sql("select session_version from accounts_citizen where id = ?").param(citizen.get())
                    .query(Integer.class).optional();
        }
        return jdbc.sql("select session_version from accounts_staff where username = ? and enabled").param(login)
                .query(Integer.class).optional();
    }

    /** Whether an identity-verified firm account holds the code (a mere claim never blocks the real firm). */
    public boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("""
                select count(*) from accounts_citizen
                where credit_code = ? and verification_level = 'IDENTITY_VERIFIED'""").param(creditCode)
                .query(Integer.class).single() > 0;
    }

    /** A citizen account with its verification, for the identity rules. */
    public record VerifiedRow(UUID id, String kind, String mobile, String name, String idNumber, String creditCode,
            Verification verification, String verifiedUnit, String oidcIssuer, String oidcSubject) {

        public String login() {
            return CitizenLogins.of(id);
        }

        /** The claimed or verified number: a person's 身份证号, a firm's 统一社会信用代码. */
        public String number() {
            return idNumber != null ? idNumber : creditCode;
        }
    }

    private static final String VERIFIED_COLUMNS = """
            select id, kind, mobile_sealed, name, id_number_sealed, credit_code, verification_level, verified_method,
                   verified_document, verified_at, verified_by, verified_unit, oidc_issuer, oidc_subject
            from accounts_citizen""";

    public Optional<VerifiedRow> verificationByMobile(String mobile) {
        return jdbc.sql(VERIFIED_COLUMNS + " where mobile_hash = ?").param(mobileHash(mobile)).query(this::verifiedRow)
                .optional();
    }

    public Optional<VerifiedRow> verificationByLogin(String login) {
        return CitizenLogins.id(login).flatMap(id -> jdbc.sql(VERIFIED_COLUMNS + " where id = ?").param(id)
                .query(this::verifiedRow).optional());
    }

    public Optional<VerifiedRow> verificationByOidcSubject(String issuer, String subject) {
        return jdbc.sql(VERIFIED_COLUMNS + " where oidc_issuer = ? and oidc_subject = ?").params(issuer, subject)
                .query(this::verifiedRow).optional();
    }

    /** The identity-verified account holding a 身份证号 or 统一社会信用代码, if any (at most one: unique indexes). */
    public Optional<VerifiedRow> verifiedHolderOf(String number) {
        return jdbc.sql(VERIFIED_COLUMNS
                + " where verification_level = 'IDENTITY_VERIFIED' and (id_number_hash = ? or credit_code = ?)")
                .params(idHash(number), number).query(this::verifiedRow).optional();
    }

    private VerifiedRow verifiedRow(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("verified_method");
        String document = rs.getString("verified_document");
        Timestamp at = rs.getTimestamp("verified_at");
        Verification v = new Verification(VerificationLevel.valueOf(rs.getString("verification_level")),
                method == null ? null : VerificationMethod.valueOf(method),
                document == null ? null : IdentityDocument.valueOf(document), at == null ? null : at.toInstant(),
                rs.getString("verified_by"));
        return new VerifiedRow(rs.getObject("id", UUID.class), rs.getString("kind"),
                sealed.open(Kind.PHONE, rs.getString("mobile_sealed")), rs.getString("name"),
                sealed.open(Kind.ID_NUMBER, rs.getString("id_number_sealed")), rs.getString("credit_code"), v,
                rs.getString("verified_unit"), rs.getString("oidc_issuer"), rs.getString("oidc_subject"));
    }

    /**
     * Marks an account identity-verified; a non-null {@code idNumber} replaces a person's claimed one (an OIDC claim
     * corrects a number mistyped at registration). Fails with a duplicate key when another account holds the number
     * verified.
     */
    public void markVerified(UUID id, String idNumber, Verification v, String unit) {
        jdbc.sql("""
                update accounts_citizen
                set verification_level = 'IDENTITY_VERIFIED',
                       id_number_hash = coalesce(?, id_number_hash), id_number_sealed = coalesce(?, id_number_sealed),
                       verified_method = ?, verified_document = ?, verified_at = ?, verified_by = ?, verified_unit = ?
                where id = ?""")
                .params(idNumber == null ? null : idHash(idNumber), sealed.seal(Kind.ID_NUMBER, idNumber), v.method()
                .name(), v.document() == null ? null : v.document().name(),
                        Timestamp.from(v.at()), v.by(), unit, id)
                .update();
    }

    public void linkOidcSubject(UUID id, String issuer, String subject) {
        jdbc.sql("update accounts_citizen set oidc_issuer = ?, oidc_subject = ? where id = ?")
                .params(issuer, subject, id).update();
    }

    public void insertCitizen(CitizenRow c) {
        jdbc.sql("""
                insert into accounts_citizen (id, kind, mobile_hash, mobile_sealed, name, id_number_hash,
                    id_number_sealed, credit_code, contact_name, password_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.kind(), mobileHash(c.mobile()), sealed.seal(Kind.PHONE, c.mobile()), c.name(),
                        c.idNumber() == null ? null : idHash(c.idNumber()), sealed.seal(Kind.ID_NUMBER, c.idNumber()),
                        c.creditCode(), c.contactName(), c.passwordHash())
                .update();
    }
}
