package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 行政许可法第三十二条第一款第（四）项 ("一次告知申请人需要补正的全部内容") and the county's 一次性告知制 (seed 004): one
 * notice lists everything; a later one only for what the earlier could not know of, with a reason.
 */
class OneTimeNoticeRuleTest {

    static final List<String> GUIDE = List.of("公司登记（备案）申请书", "变更决议或决定", "营业执照");
    static final Instant INTAKE = Instant.parse("2026-11-16T01:00:00Z");
    static final Instant FIRST_NOTICE = Instant.parse("2026-11-16T03:00:00Z");
    static final Instant SUPPLEMENT = Instant.parse("2026-11-17T02:00:00Z");

    /** At intake the applicant gave the licence; the first notice asked for the resolution only; it was supplemented. */
    static final List<CaseMaterial> GIVEN = List.of(
            new CaseMaterial("营业执照", null, null, null, 0, true, INTAKE),
            new CaseMaterial("变更决议或决定", null, null, null, 0, true, SUPPLEMENT));
    static final List<OneTimeNotice> FIRST = List.of(new OneTimeNotice(FIRST_NOTICE, "审核人员",
            List.of(new OneTimeNotice.NoticeItem("变更决议或决定", "缺少")), null, null, SUPPLEMENT));

    static Stream<Arguments> notices() {
        return Stream.of(
                // earlier notices, named, reason, allowed, the materials the refusal names
                Arguments.of("the first notice, whatever it names", List.of(), List.of("公司登记（备案）申请书"), null,
                        true, List.of()),
                Arguments.of("a second notice for a guide material missing since intake", FIRST,
                        List.of("公司登记（备案）申请书"), "首次告知遗漏", false, List.of("公司登记（备案）申请书")),
                Arguments.of("a second notice for a material given at intake, before the first notice", FIRST,
                        List.of("营业执照"), "复印件不清晰", false, List.of("营业执照")),
                Arguments.of("a second notice for the supplement itself, with a reason", FIRST,
                        List.of("变更决议或决定"), "补正提交的决议缺少全体股东签字", true, List.of()),
                Arguments.of("a second notice for the supplement itself, without a reason", FIRST,
                        List.of("变更决议或决定"), " ", false, List.of()),
                Arguments.of("a second notice for a material the guide does not list, found in review", FIRST,
                        List.of("经营场所消防安全检查意见"), "现场核查发现经营场所变更为公众聚集场所", true, List.of()),
                Arguments.of("a second notice mixing a new material with a forgotten one", FIRST,
                        List.of("变更决议或决定", "公司登记（备案）申请书"), "补正材料有误", false,
                        List.of("公司登记（备案）申请书")),
                Arguments.of("a second notice naming no material, only words", FIRST, List.of(), "补充说明", false,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void aLaterNoticeIsOnlyForWhatTheFirstCouldNotKnowOf(String description, List<OneTimeNotice> earlier,
            List<String> named, String reason, boolean allowed, List<String> knowable) {
        Optional<OneTimeNoticeRule.Refusal> refusal = OneTimeNoticeRule.check(GUIDE, GIVEN, earlier, named, reason);
        assertThat(refusal.isEmpty()).as(description).isEqualTo(allowed);
        refusal.ifPresent(r -> {
            assertThat(r.knowable()).containsExactlyElementsOf(knowable);
            assertThat(r.message()).isNotBlank();
            if (!knowable.isEmpty()) {
                assertThat(r.message()).contains(knowable).contains("一次性告知只能发出一次")
                        .contains("行政许可法第三十二条第一款第（四）项");
            }
        });
    }

    @Test
    void aThirdNoticeIsMeasuredAgainstTheLatestNoticeNotTheFirst() {
        // The second notice (after the supplement) asked again for the resolution; it came back on the 19th. A third
        // notice about the licence given at intake is still refused; one about the resolution of the 19th is not.
        Instant second = Instant.parse("2026-11-18T02:00:00Z");
        Instant resupplied = Instant.parse("2026-11-19T02:00:00Z");
        List<OneTimeNotice> two = List.of(FIRST.get(0), new OneTimeNotice(second, "审核人员",
                List.of(new OneTimeNotice.NoticeItem("变更决议或决定", "不清晰")), null, "补正的决议不清晰", resupplied));
        List<CaseMaterial> given = List.of(GIVEN.get(0), GIVEN.get(1),
                new CaseMaterial("变更决议或决定", null, null, null, 0, true, resupplied));
        assertThat(OneTimeNoticeRule.check(GUIDE, given, two, List.of("营业执照"), "复印件不清晰")).isPresent();
        assertThat(OneTimeNoticeRule.check(GUIDE, given, two, List.of("变更决议或决定"), "决议日期与登记事项不符"))
                .isEmpty();
        // Without the re-supplement, the resolution was already in front of the second notice.
        assertThat(OneTimeNoticeRule.check(GUIDE, GIVEN, two, List.of("变更决议或决定"), "决议日期与登记事项不符"))
                .isPresent();
    }
}
