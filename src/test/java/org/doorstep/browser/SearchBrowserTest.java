package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.doorstep.browser.pages.SearchPage;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.search.Publishing;
import org.doorstep.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal search in a real browser: two-word queries with both words highlighted, nothing unpublished found,
 * withdrawn documents gone, scripts in titles shown as text, and no serious accessibility violation.
 */
class SearchBrowserTest extends BrowserTest {

    @Autowired
    Disclosure disclosure;
    @Autowired
    SearchIndex index;

    @Test
    void aPublishedDocumentIsFoundByTwoWordsAndUnpublishedOrWithdrawnOnesAreNot() {
        String marker = "甲" + UUID.randomUUID().toString().substring(0, 6);
        Publishing publishing = new Publishing(disclosure);
        GovDocument published = publishing.publish("梅林镇秸秆综合利用补贴申报通知" + marker,
                "<p>种植户可于三月底前申报秸秆综合利用补贴，由村委会统一汇总。</p>");
        GovDocument returned = publishing.returned("梅林镇秸秆禁烧巡查安排（退回稿）" + marker,
                "<p>秸秆综合利用与禁烧巡查。</p>");
        GovDocument toWithdraw = publishing.publish("梅林镇秸秆综合利用现场会通知" + marker,
                "<p>秸秆综合利用现场会在上坊村召开。</p>");
        GovDocument scripted = publishing.publish("<script>document.title='x'</script>秸秆还田技术要点" + marker,
                "<p>秸秆还田。</p>");
        publishing.awaitIndexed(index);

        SearchPage search = new SearchPage(page);
        search.open("/disclosure");
        search.searchFromHeader("秸秆 补贴申报");
        assertThat(search.path()).isEqualTo("/search");
        assertThat(search.titles()).contains(published.title()).doesNotContain(toWithdraw.title(), returned.title());
        assertThat(search.highlighted(published.title())).contains("秸秆", "补贴申报");

        search.search("秸秆 " + marker);
        assertThat(search.titles()).contains(published.title(), toWithdraw.title(), scripted.title())
                .doesNotContain(returned.title());
        assertThat(page.locator("main script").count()).isZero(); // the script in a title is text, not an element
        assertThat(page.title()).isNotEqualTo("x");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        search.toggleElderlyMode();
        assertThat(search.elderlyMode()).isTrue();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        search.toggleElderlyMode();

        publishing.withdraw(toWithdraw.id());
        publishing.awaitIndexed(index);
        search.search("秸秆 " + marker);
        assertThat(search.titles()).contains(published.title()).doesNotContain(toWithdraw.title());

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(published.title())).click();
        assertThat(search.heading()).isEqualTo(published.title());
    }
}
