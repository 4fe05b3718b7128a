package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.support.Markers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An installation that stored 身份证号 and telephone numbers in clear is upgraded: its migrations are run, in a schema
 * of their own, up to the version before sealing; rows are stored the old way; the rest of the migrations then seal
 * them, rename the citizens kept by mobile number, and drop the clear columns.
 */
@SpringBootTest
class PersonalDataMigrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    List<JavaMigration> javaMigrations;
    @Autowired
    PersonalData sealed;

    @Test
    void rowsStoredInClearAreSealedAndCitizensRenamedOnUpgrade() {
        String schema = Markers.unique("upgrade_").replace("-", "_");
        JdbcClient db = JdbcClient.create(dataSource);
        try {
            flyway(schema, "202612041530").migrate();
            UUID citizen = UUID.randomUUID();
            db.sql("insert into " + schema + ".accounts_citizen (id, kind, mobile, name, id_number, password_hash)"
                    + " values (?, 'PERSON', '13912340001', '某某群众', '110105199001011234', 'x')").param(citizen)
                    .update();
            db.sql("insert into " + schema + ".accounts_staff (id, username, display_name, password_hash, unit_code,"
                    + " totp_secret) values (?, 'upgrade', '某人', 'x', '361199000000', 'JBSWY3DPEHPK3PXP')")
                    .param(UUID.randomUUID()).update();
            db.sql("insert into " + schema + ".cases_case (number, query_code, item_code, item_name, department_code,"
                    + " channel, applicant_kind, applicant_name, applicant_id, applicant_phone, applicant_login,"
                    + " accepting_unit, state, promised_days, submitted_at) values ('QX-1', 'q', 'i', '事项', 'd',"
                    + " 'ONLINE', 'PERSON', '某某群众', '110105199001011234', '13912340001', '13912340001', 'u',"
                    + " 'SUBMITTED', 5, now())").update();
            db.sql("insert into " + schema + ".certificates_certificate (number, type, holder_name, holder_id_number,"
                    + " issuer_code, issuer_name, issued_on, valid_from, verification_code) values ('Z-1', '居住证',"
                    + " '某某群众', '110105199001011234', 'c', '某局', current_date, current_date, 'ABCDEFGHJKLMNPQR')")
                    .update();

            flyway(schema, null).migrate();

            Map<String, Object> account = db.sql("select * from " + schema + ".accounts_citizen").query().singleRow();
            assertThat(account).doesNotContainKeys("mobile", "id_number");
            assertThat(sealed.open(Kind.PHONE, (String) account.get("mobile_sealed"))).isEqualTo("13912340001");
            assertThat(sealed.open(Kind.ID_NUMBER, (String) account.get("id_number_sealed")))
                    .isEqualTo("110105199001011234");
            assertThat(account.get("mobile_hash")).isEqualTo(sealed.lookupHash(Kind.PHONE, "13912340001"));
            assertThat(sealed.open(Kind.SECRET, db.sql("select totp_secret from " + schema + ".accounts_staff")
                    .query(String.class).single())).isEqualTo("JBSWY3DPEHPK3PXP");
            Map<String, Object> c = db.sql("select * from " + schema + ".cases_case").query().singleRow();
            assertThat(c.get("applicant_login")).isEqualTo("c-" + citizen);
            assertThat(sealed.open(Kind.PHONE, (String) c.get("applicant_phone"))).isEqualTo("13912340001");
            assertThat(sealed.open(Kind.ID_NUMBER, (String) c.get("applicant_id"))).isEqualTo("110105199001011234");
            Map<String, Object> cert = db.sql("select * from " + schema + ".certificates_certificate").query()
                    .singleRow();
            assertThat(cert.get("holder_hash")).isEqualTo(sealed.lookupHash(Kind.ID_NUMBER, "110105199001011234"));
            assertThat(db.sql("select count(*) from " + schema + ".cases_case c where c::text like '%1391234%'")
                    .query(Integer.class).single()).isZero();
        } finally {
            db.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private Flyway flyway(String schema, String target) {
        var config = Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new));
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }
}
