package org.doorstep.requests;

/**
 * The outcomes of a reply, each counted in one result row of table 三 of the 2021 annual-report template
 * (国办公开办函〔2021〕30号), in its own words. Outcomes without a sub-reason are the category itself. Each names the
 * provision of the 条例 (2019) it rests on; the one that rests on none names none, rather than one by analogy.
 */
public enum Outcome {
    DISCLOSED(OutcomeCategory.DISCLOSED, null, "条例第三十六条第（二）项"),
    PARTLY_DISCLOSED(OutcomeCategory.PARTLY_DISCLOSED, null, "条例第三十七条"),
    WITHHELD_STATE_SECRET(OutcomeCategory.WITHHELD, "1.属于国家秘密", "条例第十四条"),
    WITHHELD_PROHIBITED_BY_LAW(OutcomeCategory.WITHHELD, "2.其他法律行政法规禁止公开", "条例第十四条"),
    WITHHELD_SECURITY(OutcomeCategory.WITHHELD, "3.危及“三安全一稳定”", "条例第十四条"),
    WITHHELD_THIRD_PARTY(OutcomeCategory.WITHHELD, "4.保护第三方合法权益", "条例第十五条"),
    WITHHELD_INTERNAL_AFFAIRS(OutcomeCategory.WITHHELD, "5.属于三类内部事务信息", "条例第十六条第一款"),
    WITHHELD_PROCESS(OutcomeCategory.WITHHELD, "6.属于四类过程性信息", "条例第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE(OutcomeCategory.WITHHELD, "7.属于行政执法案卷", "条例第十六条第二款"),
    WITHHELD_QUERY_MATTER(OutcomeCategory.WITHHELD, "8.属于行政查询事项", "条例第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD(OutcomeCategory.UNAVAILABLE, "1.本机关不掌握相关政府信息", "条例第三十六条第（四）项"),
    /** Art. 36(5): another agency is responsible; counted in the same template row as 36(4). */
    UNAVAILABLE_NOT_RESPONSIBLE(OutcomeCategory.UNAVAILABLE, "1.本机关不掌握相关政府信息", "条例第三十六条第（五）项",
            "不属于本机关负责公开"),
    UNAVAILABLE_NEEDS_CREATION(OutcomeCategory.UNAVAILABLE, "2.没有现成信息需要另行制作", "条例第三十八条"),
    UNAVAILABLE_STILL_UNCLEAR(OutcomeCategory.UNAVAILABLE, "3.补正后申请内容仍不明确", "条例第三十条"),
    NOT_HANDLED_PETITION(OutcomeCategory.NOT_HANDLED, "1.信访举报投诉类申请", "条例第三十九条第一款"),
    NOT_HANDLED_REPEATED(OutcomeCategory.NOT_HANDLED, "2.重复申请", "条例第三十六条第（六）项"),
    NOT_HANDLED_PUBLICATION(OutcomeCategory.NOT_HANDLED, "3.要求提供公开出版物", "条例第三十九条第二款"),
    NOT_HANDLED_MASS_REPETITIVE(OutcomeCategory.NOT_HANDLED, "4.无正当理由大量反复申请", "条例第三十五条"),
    // No provision of the 条例 covers a request to confirm or re-issue what the applicant already holds; the template
    // counts it, the letter cites nothing.
    NOT_HANDLED_CONFIRMATION(OutcomeCategory.NOT_HANDLED, "5.要求行政机关确认或重新出具已获取信息", null),
    OTHER_NO_SUPPLEMENT(OutcomeCategory.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "条例第三十条"),
    OTHER_FEE_UNPAID(OutcomeCategory.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "国办函〔2020〕109号"),
    OTHER_OTHER(OutcomeCategory.OTHER, "3.其他", null);

    private final OutcomeCategory category;
    private final String subReason;
    private final String basis;
    private final String reason;

    Outcome(OutcomeCategory category, String subReason, String basis) {
        this(category, subReason, basis, null);
    }

    Outcome(OutcomeCategory category, String subReason, String basis, String reason) {
        this.category = category;
        this.subReason = subReason;
        this.basis = basis;
        this.reason = reason;
    }

    /** The outcome whose template row this one is counted in: itself but for 36(5), counted with 36(4). */
    public Outcome row() {
        return this == UNAVAILABLE_NOT_RESPONSIBLE ? UNAVAILABLE_NOT_HELD : this;
    }

    /** True for 36(5), whose letter names the responsible agency and its contact when it can be determined. */
    public boolean namesCompetentAgency() {
        return this == UNAVAILABLE_NOT_RESPONSIBLE;
    }

    public OutcomeCategory category() {
        return category;
    }

    /** The numbered sub-row of the template, or null for 予以公开 and 部分公开. */
    public String subReason() {
        return subReason;
    }

    /** The legal basis named in the reply letter, or null. */
    public String basis() {
        return basis;
    }

    /** Category and sub-reason as the reply letter and lists show them, e.g. 不予公开（属于国家秘密）. */
    public String label() {
        String c = category.shortLabel();
        if (reason != null) {
            return c + "（" + reason + "）";
        }
        return subReason == null ? c : c + "（" + subReason.substring(subReason.indexOf('.') + 1) + "）";
    }

    /** Outcomes an officer chooses in a reply; the lapses are recorded by their own steps. */
    public boolean chosenInReply() {
        return this != OTHER_NO_SUPPLEMENT && this != OTHER_FEE_UNPAID;
    }
}
