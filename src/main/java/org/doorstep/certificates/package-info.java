/**
 * Electronic certificates (电子证照): issued when a case completes, verified by anyone with the code or QR on them, and
 * accepted in place of a paper proof by items flagged 免证办.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.doorstep.certificates;
