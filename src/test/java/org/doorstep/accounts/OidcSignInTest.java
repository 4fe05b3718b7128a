package org.doorstep.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.CertificateRequest;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10 finding 1: citizens sign in through the province's 统一身份认证 over OpenID Connect, end to end against a
 * real provider (Spring Authorization Server) started here: a real HTTP client follows every redirect with cookies,
 * signs in at the provider, and lands signed in at "我的" with the account identity-verified under the ID number the
 * provider vouched for. One number, one verified account: a number verified for another account is refused in
 * Chinese, with nothing created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInTest {

    static TestOpenIdProvider provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = TestOpenIdProvider.start();
        registry.add("doorstep.oidc.issuer", provider::issuer);
        registry.add("doorstep.oidc.client-id", () -> TestOpenIdProvider.CLIENT_ID);
        registry.add("doorstep.oidc.client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    org.doorstep.platform.PersonalData sealed;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcClient jdbc;

    /** A browser-like client: its own cookies, following redirects. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Presses "使用统一身份认证登录" on the sign-in page, signs in at the provider's own form, and returns the page the
     * redirects end on.
     */
    HttpResponse<String> signInThroughProvider(HttpClient client, String providerUser) throws Exception {
        HttpResponse<String> login = get(client, app("/login"));
        Matcher link = Pattern.compile("href=\"(/oauth2/authorization/[a-z]+)\"[^>]*>使用统一身份认证登录").matcher(login.body());
        assertThat(link.find()).as("the sign-in page offers 统一身份认证").isTrue();
        HttpResponse<String> providerForm = get(client, app(link.group(1)));
        assertThat(providerForm.uri().toString()).startsWith(provider.issuer() + "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(providerForm.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + enc(providerUser) + "&password=" + enc(TestOpenIdProvider.PASSWORD) + "&_csrf="
                + enc(csrf.group(1));
        return client.send(HttpRequest.newBuilder(providerForm.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    Map<String, Object> account(String mobile) {
        return jdbc.sql("select * from accounts_citizen where mobile_hash = ?").param(sealed.lookupHash(Kind.PHONE,
                mobile)).query().singleRow();
    }

    int accountsWithMobile(String mobile) {
        return jdbc.sql("select count(*) from accounts_citizen where mobile_hash = ?")
                .param(sealed.lookupHash(Kind.PHONE, mobile)).query(Integer.class)
                .single();
    }

    @Test
    void aFirstSignInCreatesTheAccountIdentityVerifiedAndShowsTheCertificatesHeldUnderTheNumber() throws Exception {
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        String user = "u-" + UUID.randomUUID();
        provider.addUser(user, Map.of("id_number", id, "phone_number", mobile, "name", "统一认证测试"));
        Certificate permit = certificates.issue(new CertificateRequest("居住证", "统一认证测试", id, DemoCounty.COUNTY,
                "青溪县人民政府", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null));

        HttpClient client = browser();
        HttpResponse<String> landed = signInThroughProvider(client, user);

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/my");
        assertThat(landed.body()).contains("统一认证测试", "已实名核验（统一身份认证）", masked(id))
                .doesNotContain(id).doesNotContain(mobile);
        Map<String, Object> row = account(mobile);
        assertThat(row.get("verification_level")).isEqualTo("IDENTITY_VERIFIED");
        assertThat(row.get("verified_method")).isEqualTo("OIDC");
        assertThat(row.get("verified_by")).isEqualTo(provider.issuer());
        assertThat(sealed.open(Kind.ID_NUMBER, (String) row.get("id_number_sealed"))).isEqualTo(id);

        HttpResponse<String> mine = get(client, app("/my/certificates"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(permit.number()).doesNotContain("尚未完成实名核验");

        // The next sign-in finds the same account through the provider's subject.
        HttpResponse<String> again = signInThroughProvider(browser(), user);
        assertThat(again.uri().getPath()).isEqualTo("/my");
        assertThat(accountsWithMobile(mobile)).isEqualTo(1);
    }

    @Test
    void anUnverifiedAccountThatClaimedTheVouchedNumberIsLinkedAndVerified() throws Exception {
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "本人测试", id, null, null, mobile,
                VerifiedCitizens.PASSWORD, VerifiedCitizens.PASSWORD));
        String user = "u-" + UUID.randomUUID();
        provider.addUser(user, Map.of("id_number", id, "phone_number", mobile, "name", "本人测试"));

        HttpResponse<String> landed = signInThroughProvider(browser(), user);

        assertThat(landed.uri().getPath()).isEqualTo("/my");
        assertThat(landed.body()).contains("已实名核验（统一身份认证）", masked(id));
        assertThat(account(mobile).get("verification_level")).isEqualTo("IDENTITY_VERIFIED");
        assertThat(accounts.holderIdentifier(Accounts.citizenLogin((java.util.UUID) account(mobile).get("id"))))
                .contains(id);
    }

    @Test
    void aProviderUserWhosePhoneClaimNamesSomeoneElsesAccountDoesNotTakeItOver() throws Exception {
        String victimId = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "某居民", victimId, null, null, mobile,
                VerifiedCitizens.PASSWORD, VerifiedCitizens.PASSWORD));
        String attacker = "u-" + UUID.randomUUID();
        provider.addUser(attacker, Map.of("id_number", TestPeople.residentId(), "phone_number", mobile,
                "name", "冒用者"));

        HttpResponse<String> landed = signInThroughProvider(browser(), attacker);

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.body()).contains("登记的身份证号与统一身份认证提供的不一致");
        Map<String, Object> row = account(mobile);
        assertThat(sealed.open(Kind.ID_NUMBER, (String) row.get("id_number_sealed"))).isEqualTo(victimId);
        assertThat(row.get("verification_level")).isEqualTo("MOBILE_VERIFIED");
        assertThat(row.get("oidc_subject")).isNull();
    }

    @Test
    void aNumberVerifiedForAnotherAccountIsRefusedInChineseAndNothingIsCreated() throws Exception {
        String id = TestPeople.residentId();
        String owner = VerifiedCitizens.registeredPerson(accounts, verification, "已核验本人", id).mobile();
        String mobile = TestPeople.mobile();
        String user = "u-" + UUID.randomUUID();
        provider.addUser(user, Map.of("id_number", id, "phone_number", mobile, "name", "另一人"));

        HttpResponse<String> landed = signInThroughProvider(browser(), user);

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.body()).contains("该证件号码已由另一个账号完成实名核验");
        assertThat(accountsWithMobile(mobile)).isZero();
        assertThat(account(owner).get("oidc_subject")).isNull();
    }

    @Test
    void aSquattersUnverifiedClaimDoesNotStopTheHolderAndStaysUnverified() throws Exception {
        String id = TestPeople.residentId();
        String squatter = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "冒名者", id, null, null, squatter,
                VerifiedCitizens.PASSWORD, VerifiedCitizens.PASSWORD));
        String mobile = TestPeople.mobile();
        String user = "u-" + UUID.randomUUID();
        provider.addUser(user, Map.of("id_number", id, "phone_number", mobile, "name", "真正本人"));

        assertThat(signInThroughProvider(browser(), user).uri().getPath()).isEqualTo("/my");
        assertThat(accounts.holderIdentifier(Accounts.citizenLogin((java.util.UUID) account(mobile).get("id"))))
                .contains(id);
        assertThat(accounts.holderIdentifier(squatter)).isEmpty();
        assertThat(account(squatter).get("verification_level")).isEqualTo("MOBILE_VERIFIED");
    }

    @Test
    void withoutAnIdNumberClaimTheSignInIsRefusedNotAnError() throws Exception {
        String mobile = TestPeople.mobile();
        String user = "u-" + UUID.randomUUID();
        provider.addUser(user, Map.of("phone_number", mobile));
        HttpResponse<String> landed = signInThroughProvider(browser(), user);
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.body()).contains("未提供有效的居民身份证号");
        assertThat(accountsWithMobile(mobile)).isZero();
    }

    @Test
    void withSingleSignOnConfiguredTheApiStillAnswers401AndPagesStillSendToTheSignInPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(get(client, app("/api/v1/my/cases")).statusCode()).isEqualTo(401);
        HttpResponse<String> page = get(client, app("/my/certificates"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
