package org.doorstep.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.doorstep.audit.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** One audit entry as the console shows it: local time, Chinese role names, indented JSON. */
record AuditRow(long id, String time, String isoTime, String actor, String role, String unit, String action,
        String subject, String before, String after, String requestId, String clientIp) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Map<String, String> ROLE_NAMES = Map.of(
            "SYSTEM_ADMIN", "系统管理员",
            "SECURITY_ADMIN", "安全管理员",
            "AUDIT_ADMIN", "审计管理员",
            "DISCLOSURE_OFFICER", "政务公开工作人员",
            "CONFIDENTIALITY_REVIEWER", "保密审查人员",
            "WINDOW_OFFICER", "窗口工作人员",
            "DEPARTMENT_REVIEWER", "部门审核人员",
            "GRID_WORKER", "网格员",
            "SUPERVISOR", "监督人员",
            "CITIZEN", "群众");

    static AuditRow of(AuditEntry e) {
        var local = e.occurredAt().atZone(AuditSearchForm.CHINA);
        return new AuditRow(e.id(), TIME.format(local), local.toOffsetDateTime().toString(), actorName(e.actor()),
                roleNames(e.roleCode()), e.unitCode(), e.action(), e.subject(), pretty(e.before()), pretty(e.after()),
                e.requestId(), e.clientIp());
    }

    private static String actorName(String actor) {
        return switch (actor) {
            case "system" -> "系统";
            case "anonymous" -> "未登录访客";
            default -> actor;
        };
    }

    private static String roleNames(String codes) {
        if (codes == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String code : codes.split(",")) {
            out.append(out.isEmpty() ? "" : "、").append(ROLE_NAMES.getOrDefault(code, code));
        }
        return out.toString();
    }

    private static String pretty(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }
}
