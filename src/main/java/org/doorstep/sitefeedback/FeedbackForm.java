package org.doorstep.sitefeedback;

/** What a visitor types on the 政府网站找错 form; checked by {@link SiteFeedback}. */
public record FeedbackForm(String kind, String page, String description, String contactName, String contact) {

    public static FeedbackForm blank() {
        return new FeedbackForm("", "", "", "", "");
    }
}
