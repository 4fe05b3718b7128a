package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class LocalFileStoreTest {

    private final Path data = tempDir();
    private final LocalFileStore store = new LocalFileStore(new DoorstepProperties(data, null, false, false));
    private static final Set<FileType> DOCUMENTS = EnumSet.of(FileType.PDF, FileType.DOCX, FileType.OFD);

    private static Path tempDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "files");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void keepsAPdfByItsContentHashAndOnlyOnce() throws IOException {
        StoredFile first = store.store(bytes("%PDF-1.7\n...content..."), "申请表.pdf", DOCUMENTS, 1024);
        StoredFile again = store.store(bytes("%PDF-1.7\n...content..."), "copy.PDF", DOCUMENTS, 1024);
        assertThat(first.type()).isEqualTo(FileType.PDF);
        assertThat(first.sha256()).hasSize(64).isEqualTo(again.sha256());
        assertThat(first.displayName()).isEqualTo("申请表.pdf");
        try (var in = store.open(first.sha256())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7");
        }
        try (var files = Files.walk(data.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }

    @Test
    void anExeRenamedPdfIsRefusedAndNothingIsKept() throws IOException {
        assertThatThrownBy(() -> store.store(bytes("MZ\u0090\u0000 this program cannot be run in DOS mode"), "report.pdf",
                DOCUMENTS, 1024))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("文件类型不符合要求");
        assertThat(regularFiles()).isZero();
    }

    @Test
    void anOversizedUploadIsRefusedInChinese() throws IOException {
        assertThatThrownBy(() -> store.store(bytes("%PDF-" + "x".repeat(2000)), "big.pdf", DOCUMENTS, 1024))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("文件过大").hasMessageContaining("1 KB");
        assertThatThrownBy(() -> store.store(bytes(""), "empty.pdf", DOCUMENTS, 1024))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("空");
        assertThat(regularFiles()).isZero();
    }

    @Test
    void recognisesOfficeArchivesByTheirEntriesNotTheirNames() throws IOException {
        StoredFile docx = store.store(new ByteArrayInputStream(zip("word/document.xml")), "材料.zip", DOCUMENTS, 100_000);
        assertThat(docx.type()).isEqualTo(FileType.DOCX);
        assertThat(docx.displayName()).isEqualTo("材料.docx");
        assertThat(store.store(new ByteArrayInputStream(zip("OFD.xml")), "x.ofd", DOCUMENTS, 100_000).type())
                .isEqualTo(FileType.OFD);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(zip("evil.sh")), "a.docx", DOCUMENTS, 100_000))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDocumentThatInflatesTo400MbOrNestsArchivesTooDeepIsRefusedAndNothingIsKept() throws IOException {
        byte[] docx = org.doorstep.support.ZipBombs.zip(java.util.Map.of("word/document.xml",
                org.doorstep.support.ZipBombs.sharedStringOf(400 * org.doorstep.support.ZipBombs.MB)));
        assertThat(docx.length).isLessThan(500 * 1024);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(docx), "通知.docx", DOCUMENTS, 20_000_000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("文件解压后过大，可能不是正常的文件");
        byte[] ofd = org.doorstep.support.ZipBombs.zip(java.util.Map.of("OFD.xml",
                org.doorstep.support.ZipBombs.text("<ofd:OFD/>"), "Doc_0/Res/deep.zip",
                org.doorstep.support.ZipBombs.nested(4)));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(ofd), "证明.ofd", DOCUMENTS, 20_000_000))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("压缩包嵌套层数过多");
        assertThat(regularFiles()).isZero();
        // Two levels of nesting (a workbook embedded in a document) are normal and kept.
        byte[] embedded = org.doorstep.support.ZipBombs.zip(java.util.Map.of("word/document.xml",
                org.doorstep.support.ZipBombs.text("<w:document/>"), "word/embeddings/book.xlsx",
                org.doorstep.support.ZipBombs.nested(2)));
        assertThat(store.store(new ByteArrayInputStream(embedded), "附件.docx", DOCUMENTS, 20_000_000).type())
                .isEqualTo(FileType.DOCX);
    }

    @Test
    void userNamesNeverBecomePathsAndBadHashesAreNotFound() {
        StoredFile f = store.store(bytes("%PDF-1.4 traversal"), "../../etc/passwd\u0000.pdf", DOCUMENTS, 1024);
        assertThat(f.displayName()).isEqualTo("passwd.pdf");
        assertThat(store.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> store.open("../" + f.sha256())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NotFoundException.class);
    }

    private long regularFiles() throws IOException {
        if (!Files.exists(data.resolve("files"))) {
            return 0;
        }
        try (var files = Files.walk(data.resolve("files"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
