package org.doorstep.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The file store as a folder: {@code files/ab/cd/<sha256>}, written through a temporary file and an atomic move. */
@Component
class LocalFileStore implements FileStore {

    private static final Set<FileType> ZIP_BASED = EnumSet.of(FileType.DOCX, FileType.XLSX, FileType.OFD);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    LocalFileStore(DoorstepProperties properties) {
        this.root = properties.dataDir().resolve("files").toAbsolutePath();
    }

    @Override
    public StoredFile store(InputStream content, String originalName, Set<FileType> allowed, long maxBytes) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path tmp = Files.createTempFile(root.resolve("tmp"), "upload", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                    size = copyAtMost(content, out, maxBytes);
                }
                if (size < 0) {
                    throw new InvalidInputException("file", "文件过大：不能超过 " + human(maxBytes));
                }
                if (size == 0) {
                    throw new InvalidInputException("file", "文件是空的，请重新选择");
                }
                FileType type = FileTypes.detect(tmp).filter(allowed::contains).orElseThrow(() ->
                        new InvalidInputException("file", "文件类型不符合要求（按文件内容识别，而非扩展名）。允许的类型："
                                + allowed.stream().map(FileType::label).sorted().collect(Collectors.joining("、"))));
                if (ZIP_BASED.contains(type)) {
                    // Kept, not parsed here, but opened later by staff and citizens: a zip bomb is not stored.
                    ZipBounds.check(tmp, ZipBounds.DOCUMENT);
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = pathOf(hash);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                return new StoredFile(hash, size, type, displayName(originalName, type));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        if (!exists(sha256)) {
            throw new NotFoundException("文件不存在");
        }
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        // Only a validated hash ever becomes a path; names from users never do.
        if (!SHA256.matcher(sha256).matches()) {
            throw new NotFoundException("文件不存在");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Copies at most {@code max} bytes; returns -1 if there was more. */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    /** A display name without path parts or control characters, ending in the real type's extension. */
    static String displayName(String originalName, FileType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "附件";
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        return base + "." + type.extension();
    }

    private static String human(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
