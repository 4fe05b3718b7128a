package org.doorstep.certificates.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.doorstep.certificates.Certificate;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the certificate library. */
@Repository
public class CertificateStore {

    private static final String COLUMNS = "number, type, holder_name, holder_id_number, issuer_code, issuer_name, "
            + "issued_on, valid_from, valid_until, verification_code, source_reference, revoked_on, revoke_reason";

    private final JdbcClient jdbc;
    private final PersonalData sealed;

    CertificateStore(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    public long nextSerial() {
        return jdbc.sql("select nextval('certificates_serial')").query(Long.class).single();
    }

    public void insert(long id, Certificate c) {
        jdbc.sql("insert into certificates_certificate (id, " + COLUMNS + ", holder_hash) values (?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, c.number(), c.type(), c.holderName(), sealed.seal(Kind.ID_NUMBER, c.holderIdNumber()),
                        c.issuerCode(), c.issuerName(), c.issuedOn(), c.validFrom(), c.validUntil(),
                        c.verificationCode(), c.sourceReference(), c.revokedOn(), c.revokeReason(),
                        sealed.lookupHash(Kind.ID_NUMBER, c.holderIdNumber()))
                .update();
    }

    public Optional<Certificate> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from certificates_certificate where verification_code = ?")
                .param(code).query(this::row).optional();
    }

    public List<Certificate> bySource(String sourceReference) {
        return jdbc.sql("select " + COLUMNS + " from certificates_certificate where source_reference = ? order by id")
                .param(sourceReference).query(this::row).list();
    }

    public List<Certificate> byHolder(String holderIdNumber) {
        return jdbc.sql("select " + COLUMNS + " from certificates_certificate where holder_hash = ? "
                        + "order by issued_on desc, id desc")
                .param(sealed.lookupHash(Kind.ID_NUMBER, holderIdNumber)).query(this::row).list();
    }

    /** The newest certificates whose number, type or code matches a search (all when it is empty). */
    public List<Certificate> newest(String search, int limit) {
        String like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + " from certificates_certificate where ? = '' or number ilike ? "
                        + "or type ilike ? or holder_name ilike ? or verification_code = upper(?) "
                        + "order by id desc limit ?")
                .params(search, like, like, like, search, limit).query(this::row).list();
    }

    public void revoke(String code, LocalDate on, String reason) {
        jdbc.sql("update certificates_certificate set revoked_on = ?, revoke_reason = ? where verification_code = ?")
                .params(on, reason, code).update();
    }

    private Certificate row(ResultSet rs, int n) throws SQLException {
        return new Certificate(rs.getString("number"), rs.getString("type"), rs.getString("holder_name"),
                sealed.open(Kind.ID_NUMBER, rs.getString("holder_id_number")), rs.getString("issuer_code"),
                        rs.getString("issuer_name"),
                date(rs, "issued_on"), date(rs, "valid_from"), date(rs, "valid_until"),
                rs.getString("verification_code"), rs.getString("source_reference"), date(rs, "revoked_on"),
                rs.getString("revoke_reason"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
