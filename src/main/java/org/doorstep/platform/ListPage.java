package org.doorstep.platform;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One page of a console list, read with LIMIT/OFFSET. The total is counted only up to {@link #COUNT_CAP} rows, so a
 * county's decade of rows never costs a full count: beyond it the page shows "1,000+".
 *
 * @param page 1-based
 * @param total matching rows, at most {@link #COUNT_CAP}
 * @param capped more rows match than {@link #COUNT_CAP}
 * @param hasNext a row exists after this page (read as one row more than the page holds)
 */
public record ListPage<T>(List<T> items, int page, int size, long total, boolean capped, boolean hasNext) {

    public static final int SIZE = 50;
    public static final int COUNT_CAP = 1000;
    /** Beyond this the offset would read more than ten million rows; no console list is that deep. */
    public static final int MAX_PAGE = 200_000;

    public ListPage {
        items = List.copyOf(items);
    }

    /** A page parameter as typed in a link: anything that is not a page number reads as the first page. */
    public static int number(String page) {
        try {
            int p = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.min(Math.max(p, 1), MAX_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }

    /**
     * A page from rows read with {@code LIMIT size + 1}: the extra row only tells that a next page exists.
     *
     * @param counted the bounded count, at most {@code COUNT_CAP + 1}
     */
    public static <T> ListPage<T> of(List<T> rowsPlusOne, int page, int size, long counted) {
        boolean next = rowsPlusOne.size() > size;
        List<T> items = next ? rowsPlusOne.subList(0, size) : rowsPlusOne;
        return new ListPage<>(items, page, size, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, next);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The number of pages, or 0 when the total is capped and the last page is unknown. */
    public long pages() {
        return capped ? 0 : Math.max(1, (total + size - 1) / size);
    }

    /** "1,234" or, beyond the cap, "1,000+". */
    public String totalLabel() {
        String n = NumberFormat.getIntegerInstance(Locale.ROOT).format(total);
        return capped ? n + "+" : n;
    }

    /** "第 2 页，共 3 页" or, when capped, "第 2 页". */
    public String positionLabel() {
        return capped ? "第 " + page + " 页" : "第 " + page + " 页，共 " + pages() + " 页";
    }

    public <R> ListPage<R> map(Function<T, R> f) {
        return new ListPage<>(items.stream().map(f).toList(), page, size, total, capped, hasNext);
    }
}
