package org.doorstep.platform;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every Excel import shares: the upload read into memory with a size limit (nothing touches the file system), the
 * .xlsx signature checked before parsing, and cells read as the text people typed.
 */
public final class Workbooks {

    /** Uploads larger than this are refused before parsing. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final MediaType XLSX = MediaType.parseMediaType(FileType.XLSX.mediaType());

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Workbooks() {
    }

    /** The upload's bytes, refused when over {@link #MAX_BYTES} or not an .xlsx (zip) file. */
    public static byte[] readUpload(InputStream upload) {
        byte[] bytes;
        try {
            bytes = upload.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new NotAWorkbookException("读取上传文件时出错，请重新上传");
        }
        if (bytes.length > MAX_BYTES) {
            throw new NotAWorkbookException("文件超过 10 MB，请拆分或精简后再上传");
        }
        requireXlsx(bytes);
        return bytes;
    }

    public static void requireXlsx(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length || !Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw new NotAWorkbookException("文件不是 Excel 工作簿（.xlsx）。请使用导入模板填写后上传；"
                    + "旧版 .xls 文件请先在 Excel 中另存为 .xlsx");
        }
    }

    /** The message for a file fastexcel cannot parse (it reports broken archives and XML as assorted exceptions). */
    public static NotAWorkbookException unreadable() {
        return new NotAWorkbookException("文件无法作为 Excel 工作簿（.xlsx）读取，可能已损坏或不是 Excel 文件");
    }

    /** An .xlsx attachment with a Chinese file name that every browser keeps, never cached. */
    public static ResponseEntity<byte[]> download(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    public static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!text(row, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A cell as text; numbers typed into code columns come back as plain digits, not 3.61199E11. */
    public static String text(Row row, int index) {
        Cell cell = row.getOptionalCell(index).orElse(null);
        if (cell == null || cell.getType() == null) {
            return "";
        }
        String text = switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            case STRING, BOOLEAN -> cell.getText();
            case FORMULA -> cell.getRawValue();
            default -> "";
        };
        return text == null ? "" : text.strip();
    }
}
