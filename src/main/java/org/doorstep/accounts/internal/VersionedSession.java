package org.doorstep.accounts.internal;

/**
 * A signed-in (or half signed-in) session that remembers its account's session version, so that
 * {@link SessionRevocation} ends it once the account is disabled, its password changes or it is unlocked.
 */
interface VersionedSession {

    /** The account: a staff user name or a citizen's mobile number. */
    String sessionLogin();

    int sessionVersion();
}
