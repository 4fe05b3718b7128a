package org.doorstep.accounts;

/** Where a role may take an action. */
public enum PermissionScope {
    /** On records of the account's own unit and the units below it (checked record by record by the module). */
    UNIT,
    /**
     * Only from an account at the top of the organisation: the action changes something every unit shares (the
     * holiday calendar that moves every township's deadlines, the search index of the whole county).
     */
    ROOT
}
