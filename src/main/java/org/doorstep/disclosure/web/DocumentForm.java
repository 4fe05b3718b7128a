package org.doorstep.disclosure.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.platform.FieldErrors;

/** The document form as typed; dates stay text until {@link #toDraft()} so a bad one is reported, not lost. */
public class DocumentForm {
    private String title = "";
    private String documentNumber = "";
    private String publisherCode = "";
    private String writtenOn = "";
    private String effectiveOn = "";
    private String expiresOn = "";
    private String topic = "";
    private String genre = "";
    private String keywords = "";
    private String source = "";
    private String body = "";
    private List<Long> nodeIds = new ArrayList<>();
    private Long interpretsId;
    private String publishAt = "";
    private String note = "";

    static DocumentForm of(GovDocument d) {
        DocumentForm f = new DocumentForm();
        f.title = d.title();
        f.documentNumber = d.documentNumber() == null ? "" : d.documentNumber();
        f.publisherCode = d.publisherCode();
        f.writtenOn = text(d.writtenOn());
        f.effectiveOn = text(d.effectiveOn());
        f.expiresOn = text(d.expiresOn());
        f.topic = d.topic();
        f.genre = d.genre();
        f.keywords = d.keywords();
        f.source = d.source();
        f.body = d.body();
        f.nodeIds = new ArrayList<>(d.nodeIds());
        f.interpretsId = d.interpretsId();
        f.publishAt = d.publishAt() == null ? ""
                : d.publishAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString();
        return f;
    }

    DocumentDraft toDraft() {
        FieldErrors errors = new FieldErrors();
        LocalDate written = date(writtenOn, "writtenOn", "成文日期", errors);
        LocalDate effective = date(effectiveOn, "effectiveOn", "生效日期", errors);
        LocalDate expires = date(expiresOn, "expiresOn", "终止日期", errors);
        LocalDateTime at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = LocalDateTime.parse(publishAt.strip());
            } catch (DateTimeParseException e) {
                errors.reject("publishAt", "定时发布时间格式不正确");
            }
        }
        errors.throwIfAny();
        return new DocumentDraft(title, documentNumber, publisherCode, written, effective, expires, topic, genre,
                keywords, body, nodeIds == null ? List.of() : nodeIds, interpretsId, at, source);
    }

    private static LocalDate date(String v, String field, String label, FieldErrors errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, label + "格式不正确，应为 YYYY-MM-DD");
            return null;
        }
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { documentNumber = v; }
    public String getPublisherCode() { return publisherCode; }
    public void setPublisherCode(String v) { publisherCode = v; }
    public String getWrittenOn() { return writtenOn; }
    public void setWrittenOn(String v) { writtenOn = v; }
    public String getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(String v) { effectiveOn = v; }
    public String getExpiresOn() { return expiresOn; }
    public void setExpiresOn(String v) { expiresOn = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getGenre() { return genre; }
    public void setGenre(String v) { genre = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String v) { keywords = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public List<Long> getNodeIds() { return nodeIds; }
    public void setNodeIds(List<Long> v) { nodeIds = v; }
    public Long getInterpretsId() { return interpretsId; }
    public void setInterpretsId(Long v) { interpretsId = v; }
    public String getPublishAt() { return publishAt; }
    public void setPublishAt(String v) { publishAt = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
