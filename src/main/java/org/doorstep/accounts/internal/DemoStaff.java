package org.doorstep.accounts.internal;

import java.util.List;
import java.util.Set;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.NewStaffAccount;
import org.doorstep.accounts.Role;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.springframework.stereotype.Component;

/** One demo staff account per role (and a township pair to show unit scoping); passwords are in the README. */
@Component
class DemoStaff implements DemoData {

    /** The documented password of every demo staff account. */
    static final String PASSWORD = "Qingxi@2026";
    /** The documented second-factor secret of every demo staff account (Base32, for an authenticator app). */
    static final String TOTP_SECRET = "QINGXIXIANDEMOTOTPSECRETKEY2345A";

    record Demo(String username, String displayName, Role role, String unitCode) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "青溪县系统管理员", Role.SYSTEM_ADMIN, DemoCounty.COUNTY),
            new Demo("anquan", "青溪县安全管理员", Role.SECURITY_ADMIN, DemoCounty.COUNTY),
            new Demo("shenji", "青溪县审计管理员", Role.AUDIT_ADMIN, DemoCounty.COUNTY),
            new Demo("gongkai", "青溪县人民政府公开专员", Role.DISCLOSURE_OFFICER, DemoCounty.COUNTY),
            new Demo("baomi", "青溪县保密审查员", Role.CONFIDENTIALITY_REVIEWER, DemoCounty.COUNTY),
            new Demo("chuangkou", "梅林镇便民服务中心综合窗口", Role.WINDOW_OFFICER, DemoCounty.MEILIN_TOWN),
            new Demo("bumen", "县市场监督管理局审核人员", Role.DEPARTMENT_REVIEWER, DemoCounty.MARKET_REGULATION),
            new Demo("wangge", "城东社区网格员", Role.GRID_WORKER, DemoCounty.CHENGDONG_COMMUNITY),
            new Demo("ducha", "青溪县政务公开督查", Role.SUPERVISOR, DemoCounty.COUNTY),
            new Demo("meilin.gongkai", "梅林镇公开专员", Role.DISCLOSURE_OFFICER, DemoCounty.MEILIN_TOWN),
            new Demo("shiqiao.gongkai", "石桥镇公开专员", Role.DISCLOSURE_OFFICER, DemoCounty.SHIQIAO_TOWN),
            new Demo("meilin.admin", "梅林镇系统管理员", Role.SYSTEM_ADMIN, DemoCounty.MEILIN_TOWN),
            new Demo("meilin.anquan", "梅林镇安全管理员", Role.SECURITY_ADMIN, DemoCounty.MEILIN_TOWN));

    private final Accounts accounts;
    private final SecondFactor secondFactor;

    DemoStaff(Accounts accounts, SecondFactor secondFactor) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void load() {
        for (Demo d : ACCOUNTS) {
            accounts.createStaff(new NewStaffAccount(d.username(), d.displayName(), Set.of(d.role()), d.unitCode(),
                    PASSWORD));
            secondFactor.enrolWithoutCode(d.username(), TOTP_SECRET);
        }
    }
}
