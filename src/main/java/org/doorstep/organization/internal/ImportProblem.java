package org.doorstep.organization.internal;

/**
 * One thing wrong in an uploaded workbook.
 *
 * @param row the row number as Excel shows it (the header is row 1); 0 for a problem with the workbook as a whole
 * @param column the column header, or empty
 */
public record ImportProblem(String sheet, int row, String column, String message) {
}
