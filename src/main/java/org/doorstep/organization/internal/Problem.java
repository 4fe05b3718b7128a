package org.doorstep.organization.internal;

/** What is wrong with one field of a record; the message is Chinese and shown next to the field. */
public record Problem(String field, String message) {
}
