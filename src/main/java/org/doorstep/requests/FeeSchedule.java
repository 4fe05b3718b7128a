package org.doorstep.requests;

/**
 * 国办函〔2020〕109号《政府信息公开信息处理费管理办法》: per applicant per calendar month, either by item or by volume.
 */
public final class FeeSchedule {

    /** Items per applicant per calendar month that are free. */
    public static final int FREE_ITEMS_PER_MONTH = 10;
    /** Pages per item that are free when charging by volume. */
    public static final int FREE_PAGES = 30;
    /** 条例: the fee notice gives 20 working days to pay. */
    public static final int PAYMENT_WORKING_DAYS = 20;

    private FeeSchedule() {
    }

    /**
     * The fee in yuan of the {@code nth} application of one applicant in one calendar month: 1–10 free, 11–30
     * 100 元/件, and each further band of 10 adds 100 元/件 (31–40 200 元, 41–50 300 元 …).
     */
    public static int byItem(int nth) {
        if (nth < 1) {
            throw new IllegalArgumentException("nth starts at 1");
        }
        if (nth <= FREE_ITEMS_PER_MONTH) {
            return 0;
        }
        if (nth <= 30) {
            return 100;
        }
        return 100 + 100 * ((nth - 31) / 10 + 1);
    }

    /**
     * The fee in yuan for one item of {@code pages} pages: up to 30 free; pages 31–100 10 元 each, 101–200 20 元 each,
     * from 201 on 40 元 each (each band charged on the pages that fall within it).
     */
    public static int byVolume(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative");
        }
        return 10 * band(pages, 30, 100) + 20 * band(pages, 100, 200) + 40 * Math.max(0, pages - 200);
    }

    private static int band(int pages, int above, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - above);
    }
}
