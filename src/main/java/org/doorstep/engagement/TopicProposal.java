package org.doorstep.engagement;

/** What a proposer enters (or an officer takes down from the 点题热线); checked by {@link Topics}. */
public record TopicProposal(String divisionCode, String title, String content, String contactName, String phone) {

    public static TopicProposal blank() {
        return new TopicProposal("", "", "", "", "");
    }
}
