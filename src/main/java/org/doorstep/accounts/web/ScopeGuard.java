package org.doorstep.accounts.web;

import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.StaffAccount;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;

/** An administrator acts only inside their own unit: another town's accounts do not exist for them. */
final class ScopeGuard {

    private ScopeGuard() {
    }

    static void requireWithin(Accounts accounts, String unitCode, StaffIdentity me) {
        if (!unitCode.isBlank() && !accounts.isWithin(unitCode.strip(), me.unitCode())) {
            new FieldErrors().reject("unitCode", "只能在本单位及下级单位创建账号").throwIfAny();
        }
    }

    static StaffAccount ownStaff(Accounts accounts, UUID id, StaffIdentity me) {
        return accounts.staff(me.unitCode()).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这个工作人员账号"));
    }
}
