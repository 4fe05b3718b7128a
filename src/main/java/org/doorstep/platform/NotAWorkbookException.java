package org.doorstep.platform;


/** The upload is not a readable .xlsx workbook (or is too large); nothing was imported. */
public class NotAWorkbookException extends InvalidInputException {
    public NotAWorkbookException(String message) {
        super("file", message);
    }
}
