package org.doorstep.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Recognises a file's type from its first bytes (and, for ZIP-based formats, its entries). */
public final class FileTypes {

    private FileTypes() {
    }

    public static Optional<FileType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Optional.of(FileType.PDF);
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Optional.of(FileType.PNG);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(FileType.JPEG);
        }
        if (n >= 8 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xe0) {
            return Optional.of(FileType.OFFICE_97);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipBased(file);
        }
        return Optional.empty();
    }

    private static Optional<FileType> zipBased(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(FileType.XLSX);
            }
            ZipEntry ofd = zip.getEntry("OFD.xml");
            return ofd != null ? Optional.of(FileType.OFD) : Optional.empty();
        } catch (IOException e) {
            // A truncated or forged archive is simply not an accepted type.
            return Optional.empty();
        }
    }
}
