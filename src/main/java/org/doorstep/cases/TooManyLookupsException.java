package org.doorstep.cases;

/** The public status check was refused: too many failed checks from this client or of this case number. */
public class TooManyLookupsException extends RuntimeException {

    public TooManyLookupsException() {
        super(Cases.LOOKUP_THROTTLED);
    }
}
