package org.doorstep.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.audit.AuditQuery;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A town's administrator reads the town's audit trail, never another town's; the county reads everything. */
@SpringBootTest
class AuditScopeTest {

    @Autowired
    AuditConsoleController controller;

    private static StaffIdentity officer(String unit) {
        return new StaffIdentity() {
            public String username() {
                return "t";
            }

            public String displayName() {
                return "t";
            }

            public String roleCode() {
                return "AUDIT_ADMIN";
            }

            public String unitCode() {
                return unit;
            }
        };
    }

    @Test
    void townViewersAreHeldToTheirTown() {
        AuditQuery any = AuditQuery.all();
        assertThat(controller.scoped(any, officer(DemoCounty.COUNTY)).unitCodePrefix()).isNull();
        assertThat(controller.scoped(any, officer(DemoCounty.MEILIN_TOWN)).unitCodePrefix()).isEqualTo("361199101");
        // Asking for another town falls back to one's own; narrowing within one's town is kept.
        AuditQuery otherTown = new AuditQuery(null, null, null, null, null, "361199102");
        assertThat(controller.scoped(otherTown, officer(DemoCounty.MEILIN_TOWN)).unitCodePrefix()).isEqualTo("361199101");
        AuditQuery ownVillage = new AuditQuery(null, null, null, null, null, "361199101201");
        assertThat(controller.scoped(ownVillage, officer(DemoCounty.MEILIN_TOWN)).unitCodePrefix())
                .isEqualTo("361199101201");
        assertThat(controller.scoped(any, officer(DemoCounty.MARKET_REGULATION)).unitCodePrefix())
                .isEqualTo(DemoCounty.MARKET_REGULATION);
    }
}
