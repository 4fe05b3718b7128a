/**
 * The append-only, hash-chained record of every state change (who, when, what, before and after), written in the
 * same transaction as the change, with verification of the chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.doorstep.audit;
