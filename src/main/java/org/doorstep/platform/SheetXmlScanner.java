package org.doorstep.platform;

/**
 * Counts what a workbook's XML parts would make the reader hold, as their bytes stream by, without parsing them:
 * cells (elements {@code c} of a worksheet), shared strings (elements {@code si}), and the longest text or tag. One
 * scanner per part; the counts of a workbook's parts are shared through {@link Totals}.
 */
final class SheetXmlScanner implements ZipBounds.EntryScanner {

    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** A tag with its attributes; real ones are a few dozen bytes. */
    static final int MAX_TAG_BYTES = 64 * 1024;

    /** The counts of one workbook, and their limits. */
    static final class Totals {
        final long maxCells;
        final long maxStrings;
        long cells;
        long strings;

        Totals(long maxCells, long maxStrings) {
            this.maxCells = maxCells;
            this.maxStrings = maxStrings;
        }
    }

    private enum State { TEXT, NAME, TAG }

    private final Totals totals;
    private final String counted;
    private State state = State.TEXT;
    private final byte[] name = new byte[8];
    private int nameLength;
    private boolean nameTooLong;
    private int textChars;
    private boolean inEntity;
    private int tagBytes;

    /** A scanner counting elements named {@code counted} ("c" in a worksheet, "si" in the shared strings). */
    SheetXmlScanner(Totals totals, String counted) {
        this.totals = totals;
        this.counted = counted;
    }

    @Override
    public void scan(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            switch (state) {
                case TEXT -> text(b);
                case NAME -> name(b);
                case TAG -> tag(b);
            }
        }
    }

    private void text(byte b) {
        if (b == '<') {
            state = State.NAME;
            nameLength = 0;
            nameTooLong = false;
            textChars = 0;
            tagBytes = 0;
            inEntity = false;
            return;
        }
        // Characters, not bytes: a UTF-8 continuation byte adds nothing, an entity such as &amp; counts once.
        if (inEntity) {
            inEntity = b != ';';
            return;
        }
        if ((b & 0xc0) != 0x80) {
            inEntity = b == '&';
            if (++textChars > MAX_CELL_CHARS) {
                throw new NotAWorkbookException("工作簿中有单元格的文字超过 " + MAX_CELL_CHARS
                        + " 个字符（Excel 的上限），可能不是正常的表格文件");
            }
        }
    }

    private void name(byte b) {
        if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\r' || b == '\n') {
            if (!nameTooLong && nameLength > 0) {
                counted();
            }
            state = b == '>' ? State.TEXT : State.TAG;
            return;
        }
        if (b == ':') {
            // A namespace prefix (x:c): the local name follows.
            nameLength = 0;
            nameTooLong = false;
        } else if (nameLength < name.length) {
            name[nameLength++] = b;
        } else {
            nameTooLong = true;
        }
        grow();
    }

    private void tag(byte b) {
        if (b == '>') {
            state = State.TEXT;
            return;
        }
        grow();
    }

    private void grow() {
        if (++tagBytes > MAX_TAG_BYTES) {
            throw new NotAWorkbookException("工作簿的内容结构异常，可能不是正常的表格文件");
        }
    }

    private void counted() {
        if (nameLength != counted.length()) {
            return;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != counted.charAt(i)) {
                return;
            }
        }
        if (counted.equals("c") && ++totals.cells > totals.maxCells) {
            throw new NotAWorkbookException("工作簿的单元格超过 " + totals.maxCells + " 个，请拆分后分批导入");
        }
        if (counted.equals("si") && ++totals.strings > totals.maxStrings) {
            throw new NotAWorkbookException("工作簿中不同的文字超过 " + totals.maxStrings + " 个，请拆分后分批导入");
        }
    }
}
