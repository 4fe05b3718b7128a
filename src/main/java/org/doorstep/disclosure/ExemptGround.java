package org.doorstep.disclosure;

/** The legal ground for not disclosing an item: the categories of 条例 Art. 14, 15 and 16. */
public enum ExemptGround {
    ART14_SECRET("第十四条：国家秘密、法律法规禁止公开、危及“三安全一稳定”"),
    ART15_THIRD_PARTY("第十五条：商业秘密、个人隐私等第三方合法权益"),
    ART16_INTERNAL("第十六条：内部事务信息"),
    ART16_PROCESS("第十六条：过程性信息、行政执法案卷信息");

    private final String label;

    ExemptGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
