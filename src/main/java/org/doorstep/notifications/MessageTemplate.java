package org.doorstep.notifications;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of every message the platform sends, one per step that concerns an applicant. A message names the matter
 * by its number and links to the page where the applicant reads the step in full; it never quotes what a person
 * typed (a reason, a title, a material), so nobody can make the platform text their words to a number, and an SMS
 * stays within the wording approved at the gateway. {@code {link}} is the absolute address of that page.
 */
public enum MessageTemplate {

    // ---- 办件
    CASE_SUBMITTED("办件已提交", "您申请的“{item}”已提交，办件编号 {number}，我们将尽快受理。查询：{link}"),
    CASE_ACCEPTED("办件已受理", "您申请的“{item}”（办件编号 {number}）已受理，承诺于 {due} 前办结。查询：{link}"),
    CASE_NOTICED("请补正材料", "您申请的“{item}”（办件编号 {number}）需要补正材料，请查看一次性告知内容并补正，补正前办理时限暂停计算。查询：{link}"),
    CASE_SUPPLEMENTED("补正材料已收到", "您申请的“{item}”（办件编号 {number}）的补正材料已收到，办理时限恢复计算，承诺于 {due} 前办结。查询：{link}"),
    CASE_REFUSED("办件不予受理", "您申请的“{item}”（办件编号 {number}）不予受理，理由和救济途径请查看办件详情。查询：{link}"),
    CASE_APPROVED("办件审批通过", "您申请的“{item}”（办件编号 {number}）已审批通过，请按所选方式领取或等待送达。查询：{link}"),
    CASE_REJECTED("办件不予批准", "您申请的“{item}”（办件编号 {number}）不予批准，理由和救济途径请查看办件详情。查询：{link}"),
    CASE_COMPLETED("办件已办结", "您申请的“{item}”（办件编号 {number}）已办结，结果的领取或送达方式请查看办件详情。查询：{link}"),
    CASE_STARTED("办件开始办理", "您申请的“{item}”（办件编号 {number}）所需证照已核发，已开始办理。查询：{link}"),
    CASE_DUE_MOVED("办理期限调整", "因国务院办公厅公布（调整）节假日安排，您的办件（编号 {number}）办理期限调整为 {due}。查询：{link}"),
    CERTIFICATE_REVOKED("电子证照已注销", "您的电子证照（编号 {number}）已注销，注销原因请登录查看或向发证部门咨询。详情：{link}"),
    BUNDLE_SUBMITTED("一件事申请已提交", "您申请的“{item}”已提交，申请编号 {number}，各部门将并联办理，每一步都会通知您。查询：{link}"),
    BUNDLE_COMPLETED("一件事已全部办结", "您申请的“{item}”（申请编号 {number}）已全部办结，办结通知请查看申请详情。查询：{link}"),

    // ---- 依申请公开
    REQUEST_SUBMITTED("政府信息公开申请已提交", "您的政府信息公开申请已提交，登记号 {number}，工作人员确认收到后开始计算答复期限。详情：{link}"),
    REQUEST_REGISTERED("政府信息公开申请已登记", "您的政府信息公开申请（登记号 {number}）已登记，我们将在 {due} 前答复。详情：{link}"),
    REQUEST_RECEIVED("政府信息公开申请已收到", "您的政府信息公开申请（登记号 {number}）已收到，我们将在 {due} 前答复。详情：{link}"),
    REQUEST_SUPPLEMENT_NOTICE("政府信息公开申请补正通知", "您的政府信息公开申请（登记号 {number}）需要补正，请在 {due} 前补正，逾期无正当理由不补正的视为放弃申请，补正内容请查看申请详情。详情：{link}"),
    REQUEST_SUPPLEMENT_SENT("政府信息公开申请补正已提交", "您对政府信息公开申请（登记号 {number}）的补正已提交，工作人员确认收到后重新计算答复期限。详情：{link}"),
    REQUEST_SUPPLEMENT_RECEIVED("政府信息公开申请补正已收到", "您对政府信息公开申请（登记号 {number}）的补正已收到，我们将在 {due} 前答复。详情：{link}"),
    REQUEST_CONSULTATION("政府信息公开申请征求意见", "您的政府信息公开申请（登记号 {number}）涉及第三方或其他机关，正在书面征求意见，征求意见期间不计入答复期限。详情：{link}"),
    REQUEST_CONSULTATION_ENDED("政府信息公开申请征求意见结束", "您的政府信息公开申请（登记号 {number}）征求意见已结束，答复期限恢复计算，我们将在 {due} 前答复。详情：{link}"),
    REQUEST_EXTENDED("政府信息公开申请延期答复", "您的政府信息公开申请（登记号 {number}）答复期限已依法延长，我们将在 {due} 前答复。详情：{link}"),
    REQUEST_FEE("政府信息公开申请收费通知", "您的政府信息公开申请（登记号 {number}）需缴纳信息处理费，请在 {due} 前缴纳，逾期未缴纳的不再处理，金额和依据请查看申请详情。详情：{link}"),
    REQUEST_FEE_PAID("政府信息公开申请费用已缴纳", "已收到您为政府信息公开申请（登记号 {number}）缴纳的信息处理费，我们将在 {due} 前答复。详情：{link}"),
    REQUEST_LAPSED("政府信息公开申请已终止办理", "您的政府信息公开申请（登记号 {number}）因逾期未补正或未缴纳信息处理费，依法不再处理，告知书请查看申请详情。详情：{link}"),
    REQUEST_REPLIED("政府信息公开申请已答复", "您的政府信息公开申请（登记号 {number}）已答复，请查看答复告知书。详情：{link}"),
    REQUEST_DUE_MOVED("政府信息公开申请答复期限调整", "因国务院办公厅公布（调整）节假日安排，您的政府信息公开申请（登记号 {number}）答复期限调整为 {due}。详情：{link}"),

    // ---- 点题公开
    TOPIC_SUBMITTED("点题已提交", "您的点题（编号 {number}）已提交，政务公开办公室将决定是否受理并告知您。详情：{link}"),
    TOPIC_REGISTERED("点题已登记", "您通过点题热线提出的点题已登记，编号 {number}。详情：{link}"),
    TOPIC_ACCEPTED("点题已受理", "您的点题（编号 {number}）已受理，预计 {due} 前答复，答复将在“回应关切”栏目公开。详情：{link}"),
    TOPIC_DECLINED("点题不予受理", "您的点题（编号 {number}）不予受理，理由请查看点题详情。详情：{link}"),
    TOPIC_ANSWERED("承办部门已答复点题", "承办部门已答复您的点题（编号 {number}），答复经保密审查后在“回应关切”栏目公开。详情：{link}"),
    TOPIC_PUBLISHED("点题答复已公开", "您的点题（编号 {number}）的答复已在“回应关切”栏目公开。详情：{link}"),
    TOPIC_WITHDRAWN("点题答复已撤回", "您的点题（编号 {number}）在“回应关切”栏目公开的答复已撤回，修改后的答复公开时将再通知您。详情：{link}"),
    TOPIC_DUE_MOVED("点题反馈期限调整", "因国务院办公厅公布（调整）节假日安排，您的点题（编号 {number}）反馈期限调整为 {due}。详情：{link}");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final String subject;
    private final String text;

    MessageTemplate(String subject, String text) {
        this.subject = subject;
        this.text = text;
    }

    public String subject() {
        return subject;
    }

    /** The names this template fills, e.g. number, due, link. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The message with every placeholder filled; a missing value is a programming error, not a blank. */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(name() + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
