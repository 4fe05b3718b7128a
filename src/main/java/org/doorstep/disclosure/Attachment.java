package org.doorstep.disclosure;

import org.doorstep.platform.FileType;

/** A file attached to a document, kept by the platform's file store under its hash. */
public record Attachment(String sha256, String displayName, FileType type, long size) {
}
