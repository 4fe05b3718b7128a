/**
 * The county's organisation: divisions (县/乡镇/村), departments, service venues, windows, grids and grid workers,
 * with the {@link org.doorstep.organization.Organization} facade that answers "is this unit within that scope?".
 *
 * <p>Unit codes: a division is its 12-digit statistical code ({@code 361199101000}); a department or a venue is
 * {@code <division code>-<SHORT>} ({@code 361199000000-SCJG}); a window is {@code <venue code>-<number>}
 * ({@code 361199000000-ZWFWZX-3}); a grid is its village's code plus three digits ({@code 361199001001001}); a grid
 * worker is {@code <grid code>-<two digits>}. None of these can be mistaken for another kind's code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.doorstep.organization;
