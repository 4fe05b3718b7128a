package org.doorstep.organization;

import java.util.Set;

/**
 * What {@link Organization#isWithin(String, String) isWithin} answers for one scope, in a form a list query can put
 * in its WHERE clause, so that scope is filtered in the database instead of after loading every row.
 *
 * <p>A unit lies within the scope when {@link #everything()} is true, or when its division is one of
 * {@link #divisions()} (a county, township or village scope and the divisions below it), or when its code is one of
 * {@link #units()} (a department, venue, window or grid scope: the unit itself and the windows it covers).
 *
 * @param everything the scope covers every division (the top of the tree): a query needs no scope filter at all
 * @param divisions division codes at or below a division scope; empty for any other scope
 * @param units unit codes within a scope that is not a division; empty for a division scope
 */
public record UnitScope(boolean everything, Set<String> divisions, Set<String> units) {

    public UnitScope {
        divisions = Set.copyOf(divisions);
        units = Set.copyOf(units);
    }

    /** An unknown or missing scope: nothing lies within it. */
    public static UnitScope nothing() {
        return new UnitScope(false, Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return !everything && divisions.isEmpty() && units.isEmpty();
    }

    /** Division codes as an array, for {@code division_code = any(:divisions)}. */
    public String[] divisionArray() {
        return divisions.toArray(String[]::new);
    }

    /** Unit codes as an array, for {@code unit_code = any(:units)}. */
    public String[] unitArray() {
        return units.toArray(String[]::new);
    }
}
