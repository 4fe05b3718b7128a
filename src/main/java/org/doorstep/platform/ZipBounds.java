package org.doorstep.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks a ZIP-based upload (.xlsx, .docx, .ofd) against limits before anything parses it: how many entries, how large
 * each entry and all of them become once inflated, how far an entry may expand compared to its compressed size, and
 * how deep archives may nest. Entries are found through the central directory, as the parsers find them (so entries
 * that share their compressed data are each counted), and inflated as a stream through a fixed buffer, so checking a
 * zip bomb costs time bounded by the limits and no memory.
 */
public final class ZipBounds {

    /** An entry may expand this far before its ratio is judged: small XML parts compress very well and are harmless. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /**
     * The limits for one kind of upload; {@code what} names it in the messages (e.g. 表格文件).
     *
     * @param maxDepth how many archives may nest inside the upload (0: an entry that is itself a ZIP is refused)
     */
    public record Limits(String what, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
            int maxDepth) {
    }

    /** Reads the inflated bytes of entries that need a closer look (for workbooks: cells and strings). */
    public interface EntryScanner {
        void scan(byte[] bytes, int offset, int length);
    }

    /** An .xlsx to be parsed: a workbook of the import size inflates to a few tens of megabytes. */
    public static final Limits WORKBOOK = new Limits("表格文件", 1_000, 48L * 1024 * 1024, 96L * 1024 * 1024, 100, 1);
    /** A stored document (.docx, .ofd, .xlsx attachment): kept, not parsed, but opened later by staff and citizens. */
    public static final Limits DOCUMENT = new Limits("文件", 10_000, 256L * 1024 * 1024, 512L * 1024 * 1024, 100, 2);

    private ZipBounds() {
    }

    /** Refuses the archive with a Chinese {@link InvalidInputException} on field {@code file} if it breaks a limit. */
    public static void check(Path zip, Limits limits) {
        check(zip, limits, name -> null);
    }

    /** As {@link #check(Path, Limits)}, passing the inflated bytes of each entry to its scanner, if it has one. */
    public static void check(Path zip, Limits limits, Function<String, EntryScanner> scanners) {
        new Walk(limits, scanners).archive(zip);
    }

    private static final class Walk {
        private final Limits limits;
        private final Function<String, EntryScanner> scanners;
        private final byte[] buffer = new byte[64 * 1024];
        private long total;
        private int entries;

        Walk(Limits limits, Function<String, EntryScanner> scanners) {
            this.limits = limits;
            this.scanners = scanners;
        }

        void archive(Path path) {
            long compressedTotal = path.toFile().length();
            try (ZipFile zip = new ZipFile(path.toFile())) {
                if (zip.size() > limits.maxEntries()) {
                    throw tooManyEntries();
                }
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry e = all.nextElement();
                    if (e.isDirectory()) {
                        continue;
                    }
                    countEntry();
                    // The size the archive declares is checked first: refusing it costs no inflating.
                    if (e.getSize() > limits.maxEntryBytes()) {
                        throw tooLarge();
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        entry(in, e.getName(), e.getCompressedSize(), 0);
                    }
                }
            } catch (InvalidInputException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new InvalidInputException("file", "文件已损坏，无法作为压缩格式的" + limits.what() + "读取");
            }
            if (total > RATIO_GRACE_BYTES && total > (long) limits.maxRatio() * Math.max(1, compressedTotal)) {
                throw tooLarge();
            }
        }

        /** Inflates one entry through the buffer, counting; an entry that is itself a ZIP is walked in turn. */
        private void entry(InputStream raw, String name, long compressed, int depth) throws IOException {
            Counted in = new Counted(raw, compressed);
            EntryScanner scanner = depth == 0 ? scanners.apply(name) : null;
            int n = in.readNBytes(buffer, 0, buffer.length);
            if (n >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && buffer[2] == 3 && buffer[3] == 4) {
                nested(new PrefixedStream(buffer, n, in), depth + 1);
                // Whatever follows the nested archive's entries is inflated and counted too.
                in.transferTo(OutputStream.nullOutputStream());
                return;
            }
            while (n > 0) {
                if (scanner != null) {
                    scanner.scan(buffer, 0, n);
                }
                n = in.read(buffer);
            }
        }

        private void nested(InputStream in, int depth) throws IOException {
            if (depth > limits.maxDepth()) {
                throw new InvalidInputException("file", "文件中的压缩包嵌套层数过多，可能不是正常的" + limits.what()
                        + "。请检查后重新上传");
            }
            // A nested archive is read as its entries come (its directory is at its end); one that cannot be read
            // that way is left as opaque bytes, which the enclosing entry has counted.
            ZipInputStream zip = new ZipInputStream(in);
            try {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    if (!e.isDirectory()) {
                        countEntry();
                        entry(zip, e.getName(), -1, depth);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                // Not readable as a stream: nothing more to count inside it.
            }
        }

        /** An entry's inflated bytes, refused as soon as they pass a limit. */
        private final class Counted extends java.io.FilterInputStream {
            private final long compressed;
            private long size;

            Counted(InputStream in, long compressed) {
                super(in);
                this.compressed = compressed;
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                size += n;
                total += n;
                if (size > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
                    throw tooLarge();
                }
                if (compressed > 0 && size > RATIO_GRACE_BYTES && size > (long) limits.maxRatio() * compressed) {
                    throw tooLarge();
                }
            }
        }

        private void countEntry() {
            if (++entries > limits.maxEntries()) {
                throw tooManyEntries();
            }
        }

        private InvalidInputException tooLarge() {
            return new InvalidInputException("file", "文件解压后过大，可能不是正常的" + limits.what() + "。请检查后重新上传");
        }

        private InvalidInputException tooManyEntries() {
            return new InvalidInputException("file", "文件包含的条目过多（超过 " + limits.maxEntries()
                    + " 个），可能不是正常的" + limits.what() + "。请检查后重新上传");
        }
    }

    /** The bytes already read from a stream, then the rest of it. */
    private static final class PrefixedStream extends InputStream {
        private final byte[] head;
        private final InputStream rest;
        private int position;

        PrefixedStream(byte[] buffer, int length, InputStream rest) {
            this.head = java.util.Arrays.copyOf(buffer, length);
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return position < head.length ? head[position++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position < head.length) {
                int n = Math.min(len, head.length - position);
                System.arraycopy(head, position, b, off, n);
                position += n;
                return n;
            }
            return rest.read(b, off, len);
        }
    }
}
