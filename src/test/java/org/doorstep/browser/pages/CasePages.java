package org.doorstep.browser.pages;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The 办件 screens: applying and following a case (portal), acting on it (console), and the public status check. */
public class CasePages extends PortalPage {

    public CasePages(Page page) {
        super(page);
    }

    /** Fills the applicant fields of an application or window-entry form. */
    public CasePages applicant(String kind, String name, String idNumber, String phone) {
        page.getByLabel("申请人类型").selectOption(kind);
        page.getByLabel("申请人姓名或企业名称").fill(name);
        page.getByLabel("身份证号（企业填法定代表人的）").fill(idNumber);
        page.getByLabel("联系电话").fill(phone);
        return this;
    }

    /** Chooses a file for the material input labelled with the material's name. */
    public CasePages attach(String material, Path file) {
        page.locator("input[type=file]").and(page.getByLabel(material, new Page.GetByLabelOptions().setExact(false)))
                .first().setInputFiles(file);
        return this;
    }

    public CasePages attachEverywhere(Path file) {
        Locator inputs = page.locator("form input[type=file]");
        for (int i = 0; i < inputs.count(); i++) {
            inputs.nth(i).setInputFiles(file);
        }
        return this;
    }

    public CasePages delivery(String label) {
        field(label).check();
        return this;
    }

    public CasePages press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        page.waitForLoadState();
        return this;
    }

    public CasePages fill(String label, String value) {
        field(label).fill(value);
        return this;
    }

    public String text(String css) {
        return page.locator(css).first().innerText().strip();
    }

    public String main() {
        return page.locator("main").innerText();
    }

    public String caseNumber() {
        return text(".case-number");
    }

    public String state() {
        return text(".case-state");
    }

    public String alert() {
        return page.locator("[role=alert]").first().innerText().strip();
    }

    public CasePages signOutIfSignedIn() {
        if (page.locator(".signout button").count() > 0) {
            signOut();
        }
        return this;
    }

    public CasePages openConsoleCase(String number) {
        page.navigate("/console/cases/" + number);
        return this;
    }

    /** The public status check, without signing in. */
    public CasePages lookUp(String number, String verification) {
        page.navigate("/cases/status");
        page.getByLabel("办件编号").fill(number);
        page.getByLabel("查询码或身份证号后 6 位").fill(verification);
        return press("查询");
    }
}
