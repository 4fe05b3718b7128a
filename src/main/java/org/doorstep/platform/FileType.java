package org.doorstep.platform;

/** The file types the platform accepts, recognised by their content, never by their name. */
public enum FileType {
    PDF("application/pdf", "pdf", "PDF 文档"),
    OFD("application/ofd", "ofd", "OFD 版式文档"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word 文档"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel 表格"),
    /** Word or Excel 97–2003 (OLE2 compound file). */
    OFFICE_97("application/x-ole-storage", "doc", "Office 97-2003 文档"),
    PNG("image/png", "png", "PNG 图片"),
    JPEG("image/jpeg", "jpg", "JPEG 图片");

    private final String mediaType;
    private final String extension;
    private final String label;

    FileType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }
}
