package org.doorstep.requests;

/**
 * 条例第三十六条第（五）项: information this agency is not responsible for disclosing. Where the responsible agency can
 * be determined, the reply names it and its contact; where it cannot, both are null and the letter says so.
 */
public record CompetentAgency(String name, String contact) {

    public static final CompetentAgency UNDETERMINED = new CompetentAgency(null, null);

    public boolean determined() {
        return name != null;
    }
}
