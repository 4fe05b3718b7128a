/**
 * 依申请公开: applications for government information, their receipt, supplement, third-party consultation,
 * extension, fees, reply and the remedies applicants took, counted on statutory clocks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.doorstep.requests;
