package org.doorstep.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile ZIP-based files built in the test: a real workbook or document with one part replaced by content that is
 * written as a stream (so a 400 MB part never sits in the test's memory either).
 */
public final class ZipBombs {

    public static final long MB = 1024 * 1024;

    private ZipBombs() {
    }

    /** A part's content, written to the archive as it is produced. */
    public interface Part extends Consumer<OutputStream> {
    }

    /** The archive with the named parts replaced or added, every other entry copied as it is. */
    public static byte[] replace(byte[] archive, Map<String, Part> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path copy = null;
        try {
            // Read through the central directory: some writers (fastexcel among them) leave sizes out of the
            // entries' own headers, which a streaming reader refuses.
            copy = Files.createTempFile("zipbomb", ".zip");
            Files.write(copy, archive);
            try (ZipFile in = new ZipFile(copy.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    if (parts.containsKey(e.getName())) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream content = in.getInputStream(e)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
                for (Map.Entry<String, Part> p : parts.entrySet()) {
                    out.putNextEntry(new ZipEntry(p.getKey()));
                    p.getValue().accept(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }

    /** A zip of the given parts only. */
    public static byte[] zip(Map<String, Part> parts) {
        return replace(emptyZip(), parts);
    }

    /** Shared strings whose first text is {@code chars} copies of 'A': 400 MB of it deflate to under 400 KB. */
    public static Part sharedStringOf(long chars) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>");
            repeat(out, (byte) 'A', chars);
            write(out, "</t></si></sst>");
        };
    }

    /** A worksheet with {@code cells} numeric cells in rows of 100 columns. */
    public static Part sheetWithCells(int cells) {
        return out -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int i = 0; i < cells; i++) {
                if (i % 100 == 0) {
                    xml.append(i == 0 ? "" : "</row>").append("<row r=\"").append(i / 100 + 1).append("\">");
                }
                xml.append("<c><v>").append(i).append("</v></c>");
                if (xml.length() > 60_000) {
                    write(out, xml.toString());
                    xml.setLength(0);
                }
            }
            xml.append("</row></sheetData></worksheet>");
            write(out, xml.toString());
        };
    }

    /** A zip nested {@code depth} times, the innermost holding a small text file. */
    public static Part nested(int depth) {
        return out -> {
            byte[] inner = zip(Map.of("readme.txt", o -> write(o, "你好")));
            for (int i = 1; i < depth; i++) {
                byte[] content = inner;
                inner = zip(Map.of("inner" + i + ".zip", o -> write(o, content)));
            }
            write(out, inner);
        };
    }

    public static Part text(String text) {
        return out -> write(out, text);
    }

    private static byte[] emptyZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("mimetype"));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void repeat(OutputStream out, byte b, long count) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, b);
        try {
            for (long left = count; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) {
        write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
