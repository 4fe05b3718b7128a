package org.doorstep.cases;

import java.util.List;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A principal for case tests; citizens get a unique mobile login so tests never collide in the shared database. */
record Actor(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {

    static Actor citizen() {
        return new Actor(Accounts.citizenLogin(UUID.randomUUID()), "测试申请人", "CITIZEN", null);
    }

    static Actor window(String unit) {
        return new Actor("chuangkou", "测试窗口人员", "WINDOW_OFFICER", unit);
    }

    static Actor market() {
        return new Actor("bumen", "市场监管局审核人员", "DEPARTMENT_REVIEWER", DemoCounty.MARKET_REGULATION);
    }

    static Actor other(String role, String unit) {
        return new Actor("t-" + UUID.randomUUID(), "其他人员", role, unit);
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, SignedInRequests.authorities(this));
    }
}
