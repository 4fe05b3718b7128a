package org.doorstep.platform;

/**
 * A file kept by the {@link FileStore}, addressed by the SHA-256 of its content.
 *
 * @param displayName the name the uploader gave, cleaned for display only; it never reaches a file-system path
 */
public record StoredFile(String sha256, long size, FileType type, String displayName) {
}
