package org.doorstep.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.doorstep.audit.AuditQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The console's search form; dates are whole days in China Standard Time, both ends included. */
public class AuditSearchForm {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String actor;
    private String action;
    private String subject;
    private String unit;
    private Long olderThan;
    private Long newerThan;

    AuditQuery toQuery() {
        return new AuditQuery(from == null ? null : from.atStartOfDay(CHINA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CHINA).toInstant(), actor, action, subject, unit);
    }

    /** This search at another page: at most one cursor. */
    String link(Long older, Long newer) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/console/audit");
        add(b, "from", from);
        add(b, "to", to);
        add(b, "actor", actor);
        add(b, "action", action);
        add(b, "subject", subject);
        add(b, "unit", unit);
        add(b, "olderThan", older);
        add(b, "newerThan", newer);
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value.toString());
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getOlderThan() {
        return olderThan;
    }

    public void setOlderThan(Long olderThan) {
        this.olderThan = olderThan;
    }

    public Long getNewerThan() {
        return newerThan;
    }

    public void setNewerThan(Long newerThan) {
        this.newerThan = newerThan;
    }
}
