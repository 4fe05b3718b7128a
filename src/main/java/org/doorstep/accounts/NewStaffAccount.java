package org.doorstep.accounts;

import java.util.Set;

/** What an administrator enters to create a staff account. */
public record NewStaffAccount(String username, String displayName, Set<Role> roles, String unitCode, String password) {
}
