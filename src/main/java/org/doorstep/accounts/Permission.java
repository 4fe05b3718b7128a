package org.doorstep.accounts;

/**
 * Every console and API action that needs more than being signed in. Which role may take which action, and where, is
 * {@link PermissionTable}'s business; controllers name an action as a Spring Security authority
 * ({@code hasAuthority('CASE_DECIDE')}) and module code asks {@link Permissions}.
 */
public enum Permission {
    CASE_VIEW("查看办件"),
    CASE_ENTER("窗口录入办件（帮办代办）"),
    CASE_INTAKE("受理、不予受理、一次性告知和补正"),
    CASE_DISPATCH("分发办件至主管部门"),
    CASE_DECIDE("审查和审批办件"),
    CASE_DELIVER("送达办结"),
    CASE_HANDOVER("移交本人负责的办件"),
    CASE_REASSIGN("改派他人负责的办件"),
    CERTIFICATE_VIEW("查看电子证照"),
    CERTIFICATE_REVOKE("注销电子证照"),
    DOCUMENT_VIEW("查看政府信息公开文件"),
    DOCUMENT_EDIT("起草、修改、提交、撤回和废止文件"),
    DOCUMENT_REVIEW("保密审查（通过或退回）"),
    CATALOGUE_VIEW("查看和导出公开目录"),
    CATALOGUE_EDIT("调整和导入公开目录"),
    REQUEST_VIEW("查看依申请公开"),
    REQUEST_HANDLE("办理依申请公开"),
    /** 条例第四十二条 "可以收取": charging is the office's decision, not the platform's. */
    REQUEST_FEE_DECIDE("决定收取或免收信息处理费"),
    TOPIC_VIEW("查看点题公开"),
    TOPIC_HANDLE("登记、受理、不予采纳和提交点题答复"),
    TOPIC_ANSWER("部门答复点题"),
    CONSULTATION_LOG("登记咨询"),
    SITE_FEEDBACK_HANDLE("查看和处理政府网站找错留言"),
    CONSULTATION_VIEW("查看咨询记录和热点问题"),
    HOT_TOPIC_DRAFT("由热点问题起草主动公开文件"),
    REPORT_VIEW("查看年度报告"),
    REPORT_EDIT("编写和提交年度报告"),
    SERVICE_VIEW("查看事项清单"),
    SERVICE_CREATE("新增政务服务事项"),
    SERVICE_EDIT("修改本部门的政务服务事项"),
    SERVICE_IMPORT("导入事项清单"),
    ORGANIZATION_EDIT("维护和导入组织机构"),
    ORGANIZATION_EXPORT("导出组织机构（含网格员信息）"),
    CALENDAR_EDIT("调整全县节假日日历"),
    SEARCH_ADMIN("查看和重建全站搜索索引"),
    ACCOUNT_MANAGE("管理工作人员账号（新建、停用、重置密码）"),
    ACCOUNT_UNLOCK("解除账号锁定"),
    ADMIN_CHANGE_REVIEW("复核管理员账号的新建、重置密码和重置验证器（双人复核）"),
    IDENTITY_VERIFY("窗口实名核验（查验身份证或营业执照）"),
    AUDIT_VIEW("查阅和核验审计日志"),
    NOTIFICATION_VIEW("查看本单位事项的通知发送记录"),
    NOTIFICATION_RESEND("重新发送发送失败的通知");

    private final String label;

    Permission(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority a signed-in account holds when it may take this action. */
    public String authority() {
        return name();
    }
}
