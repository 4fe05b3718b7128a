/**
 * The notification outbox: a step that concerns an applicant publishes {@link NotificationRequested} in its own
 * transaction; one row per channel is written with it, and a worker delivers them at least once, with retries, by SMS,
 * e-mail and the 站内信 inbox. Officers see every attempt and resend what gave up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.doorstep.notifications;
