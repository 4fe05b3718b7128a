package org.doorstep.services;

/** Whether a material is handed in as an original, a copy, or both (原件/复印件). */
public enum MaterialForm {
    ORIGINAL("原件"),
    COPY("复印件"),
    ORIGINAL_AND_COPY("原件和复印件"),
    ELECTRONIC("电子材料");

    private final String label;

    MaterialForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
