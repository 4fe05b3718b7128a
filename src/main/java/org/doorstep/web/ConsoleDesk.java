package org.doorstep.web;

import java.util.List;
import java.util.Optional;

import org.doorstep.platform.StaffIdentity;

/**
 * A module's part of the console landing page: what waits for the signed-in staff member today, counted in the
 * module's own scoped SQL, each count linking to the list it counts. The shell knows no module.
 */
public interface ConsoleDesk {

    /**
     * @param count as shown, bounded ("1,000+" beyond a list's count cap)
     * @param urgent whether a non-zero count is past a deadline (shown as an alert)
     */
    record Count(String label, String count, String path, boolean urgent) {

        public boolean zero() {
            return "0".equals(count);
        }
    }

    /** One waiting item: what it is, its state or date, and its page. */
    record Entry(String title, String detail, String path, boolean urgent) {
    }

    /**
     * @param entries the most urgent few items, at most {@link #ENTRIES}
     * @param listPath the full list
     */
    record Panel(String title, int order, List<Count> counts, List<Entry> entries, String listPath) {
    }

    /** How many items a panel lists; the counts tell the rest. */
    int ENTRIES = 5;

    /** The panel for this staff member, or empty when the module has nothing for their roles. */
    Optional<Panel> panel(StaffIdentity me);
}
