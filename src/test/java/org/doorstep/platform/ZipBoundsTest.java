package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.doorstep.support.ZipBombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit of an archive, checked while streaming with the sizes the archive declares about itself. */
class ZipBoundsTest {

    static final ZipBounds.Limits SMALL = new ZipBounds.Limits("表格文件", 10, 8 * ZipBombs.MB, 12 * ZipBombs.MB, 100, 1);

    @TempDir
    Path dir;

    Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".zip"), bytes);
    }

    @Test
    void anEntryThatExpandsMoreThanAHundredfoldIsRefusedWhileStreamingBelowItsSizeLimit() throws IOException {
        // 6 MB of one letter: under the 8 MB entry limit, but about a thousand times its compressed size.
        Path bomb = file(ZipBombs.zip(Map.of("xl/sharedStrings.xml", ZipBombs.sharedStringOf(6 * ZipBombs.MB))));
        assertThatThrownBy(() -> ZipBounds.check(bomb, SMALL)).isInstanceOf(InvalidInputException.class)
                .hasMessage("文件解压后过大，可能不是正常的表格文件。请检查后重新上传");
    }

    @Test
    void entriesTogetherOverTheTotalAreRefusedThoughEachIsWithinItsLimits() throws IOException {
        Map<String, ZipBombs.Part> parts = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", ZipBombs.sheetWithCells(250_000));
        }
        Path many = file(ZipBombs.zip(parts));
        assertThatThrownBy(() -> ZipBounds.check(many, SMALL)).hasMessageContaining("文件解压后过大");
        assertThatCode(() -> ZipBounds.check(many, ZipBounds.WORKBOOK)).doesNotThrowAnyException();
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsInflated() throws IOException {
        Map<String, ZipBombs.Part> parts = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            parts.put("part" + i + ".xml", ZipBombs.text("<a/>"));
        }
        Path many = file(ZipBombs.zip(parts));
        assertThatThrownBy(() -> ZipBounds.check(many, SMALL)).hasMessageContaining("条目过多（超过 10 个）");
    }

    @Test
    void nestingIsAllowedToItsDepthOnly() throws IOException {
        assertThatCode(() -> ZipBounds.check(file(ZipBombs.zip(Map.of("a.zip", ZipBombs.nested(1)))), SMALL))
                .doesNotThrowAnyException();
        Path deep = file(ZipBombs.zip(Map.of("a.zip", ZipBombs.nested(2))));
        assertThatThrownBy(() -> ZipBounds.check(deep, SMALL)).hasMessageContaining("嵌套层数过多");
    }

    @Test
    void workbookCellsAreCountedWhateverTheNameOfThePartHoldingThem() {
        // The parser finds a sheet through the workbook's relationships, so an unusual part name hides nothing.
        byte[] renamed = ZipBombs.zip(Map.of("xl/Other/Data.XML", ZipBombs.sheetWithCells(2_000_001)));
        assertThatThrownBy(() -> Workbooks.inspect(renamed)).isInstanceOf(NotAWorkbookException.class)
                .hasMessageContaining("单元格超过 2000000 个");
    }

    @Test
    void aTruncatedArchiveIsDamagedNotAnError() throws IOException {
        byte[] whole = ZipBombs.zip(Map.of("xl/workbook.xml", ZipBombs.text("<workbook/>")));
        Path cut = file(java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> ZipBounds.check(cut, SMALL)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("文件已损坏");
    }
}
