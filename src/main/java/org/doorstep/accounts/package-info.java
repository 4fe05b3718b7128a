/**
 * Sign-in for staff and citizens: accounts, roles scoped to organisation units, password policy, lockout and the
 * web security configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.doorstep.accounts;
