package org.doorstep.cases.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.cases.Upload;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The material inputs of the application and supplement forms: {@code file-<i>} uploads and {@code reuse-<i>} choices
 * of an earlier file, where i indexes the material names the form listed.
 */
final class MaterialFields implements AutoCloseable {

    final List<Upload> uploads = new ArrayList<>();
    final Map<String, String> reused = new LinkedHashMap<>();
    private final List<InputStream> open = new ArrayList<>();

    MaterialFields(MultipartHttpServletRequest request, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            MultipartFile f = request.getFile("file-" + i);
            if (f != null && !f.isEmpty()) {
                try {
                    InputStream in = f.getInputStream();
                    open.add(in);
                    uploads.add(new Upload(names.get(i), in, f.getOriginalFilename()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                String r = request.getParameter("reuse-" + i);
                if (r != null && !r.isBlank()) {
                    reused.put(names.get(i), r.strip());
                }
            }
        }
    }

    @Override
    public void close() {
        for (InputStream in : open) {
            try {
                in.close();
            } catch (IOException ignored) {
                // a temporary upload; nothing to keep
            }
        }
    }
}
