package org.doorstep.browser.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/** The console's 起草文件 form with its body editor (a toolbar over an editable area that replaces the textarea). */
public class DocumentEditorPage extends PortalPage {

    public DocumentEditorPage(Page page) {
        super(page);
    }

    public DocumentEditorPage openNew() {
        page.navigate("/console/disclosure/new");
        return this;
    }

    /** The metadata every draft needs, filed under the named catalogue node. */
    public DocumentEditorPage describe(String title, String node) {
        field("标题").fill(title);
        page.getByLabel(node).check();
        page.getByLabel("主题分类").selectOption(new SelectOption().setLabel("综合政务"));
        page.getByLabel("体裁").selectOption(new SelectOption().setLabel("通知"));
        return this;
    }

    /** The editing area, found as a person with a screen reader finds it: the text box named 正文. */
    public Locator body() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("正文").setExact(true));
    }

    public Locator toolbar() {
        return page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("正文格式"));
    }

    public Locator tool(String name) {
        return toolbar().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Types a line at the caret and ends it with Enter, as an officer writes. */
    public DocumentEditorPage typeLine(String text) {
        page.keyboard().type(text);
        page.keyboard().press("Enter");
        return this;
    }

    /** Answers the editor's next prompt (a link address, a table size) with the value. */
    public DocumentEditorPage answerNextPrompt(String value) {
        page.onceDialog(dialog -> dialog.accept(value));
        return this;
    }

    /** The textarea the form submits, hidden behind the editor. */
    public Locator submittedField() {
        return page.locator("textarea#body");
    }

    public String save() {
        return pressForMessage("保存草稿");
    }
}
