package org.doorstep.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The column headers of a report table laid out as the template draws them: a spanning heading, group headers over
 * their columns and each column's own label reaching down to the last header row, the way a {@code <thead>} or the
 * merged header rows of a worksheet need them. Positions count value columns only (the row-header columns and the
 * corner are left to the renderer).
 *
 * @param height the number of header rows
 * @param cells the header cells, row by row and left to right
 */
public record HeaderGrid(int height, List<Cell> cells) {

    public HeaderGrid {
        cells = List.copyOf(cells);
    }

    /**
     * One header cell.
     *
     * @param leaf the column's own label (as opposed to a heading or group over several columns)
     */
    public record Cell(int row, int column, int rowSpan, int colSpan, String text, boolean leaf) {

        public boolean covers(int valueColumn) {
            return valueColumn >= column && valueColumn < column + colSpan;
        }
    }

    public static HeaderGrid of(ReportTable t) {
        List<List<String>> paths = new ArrayList<>();
        for (ReportTable.Column c : t.columns()) {
            List<String> p = new ArrayList<>();
            if (t.heading() != null) {
                p.add(t.heading());
            }
            p.addAll(c.groups());
            p.add(c.label());
            paths.add(p);
        }
        int height = paths.stream().mapToInt(List::size).max().orElse(1);
        List<Cell> cells = new ArrayList<>();
        for (int level = 0; level < height; level++) {
            int c = 0;
            while (c < paths.size()) {
                List<String> p = paths.get(c);
                int last = p.size() - 1;
                if (last < level) {
                    c++; // covered by the label above reaching down
                } else if (last == level) {
                    cells.add(new Cell(level, c, height - level, 1, p.get(level), true));
                    c++;
                } else {
                    List<String> prefix = p.subList(0, level + 1);
                    int span = 1;
                    while (c + span < paths.size() && paths.get(c + span).size() - 1 > level
                            && paths.get(c + span).subList(0, level + 1).equals(prefix)) {
                        span++;
                    }
                    cells.add(new Cell(level, c, 1, span, p.get(level), false));
                    c += span;
                }
            }
        }
        return new HeaderGrid(height, cells);
    }

    /** The cells of one header row. */
    public List<Cell> row(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }

    /** The full header path of a value column, outermost first: every cell above it. */
    public List<Cell> above(int valueColumn) {
        return cells.stream().filter(c -> c.covers(valueColumn)).toList();
    }
}
