package org.doorstep.platform;

import java.io.InputStream;
import java.util.Set;

/**
 * Uploaded materials and attachments, content-addressed (the same bytes are kept once). Today a folder under
 * {@code DOORSTEP_DATA_DIR/files}; an S3-compatible store can take its place behind this port.
 */
public interface FileStore {

    /**
     * Checks the content's real type and size, then keeps it.
     *
     * @throws InvalidInputException with a Chinese message when the type is not allowed or the file is too large
     */
    StoredFile store(InputStream content, String originalName, Set<FileType> allowed, long maxBytes);

    /** @throws NotFoundException when no file has this hash */
    InputStream open(String sha256);

    boolean exists(String sha256);
}
