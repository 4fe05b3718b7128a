package org.doorstep.cases;

import java.io.InputStream;

/**
 * A material file as the applicant uploads it; its type is checked by content, never by {@code originalName}.
 *
 * @param material the guide's material name it stands for
 */
public record Upload(String material, InputStream content, String originalName) {
}
