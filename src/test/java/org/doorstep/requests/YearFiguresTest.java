package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.doorstep.organization.DemoCounty;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The figures of tables 三 and 四 from a fixture of known requests in 石桥镇 (which holds no demo requests), checked
 * cell by cell against a hand count, including the carry-over across the year end and the column check.
 */
@SpringBootTest
class YearFiguresTest {

    static final String TOWN = DemoCounty.SHIQIAO_TOWN;

    @Autowired
    DisclosureRequests requests;

    final Officer officer = Officer.officer(DemoCounty.COUNTY);

    private DisclosureRequest received(ApplicantType type, LocalDate on) {
        boolean org = type.organisation();
        Application a = new Application(type.name(), org ? "某某单位" : "李某某", org ? "" : TestPeople.residentId(),
                org ? TestPeople.creditCode() : "", org ? "王某某" : "", TestPeople.mobile(), "", "", TOWN,
                "石桥镇某某项目的相关文件", "纸质文本（当面领取）");
        return requests.register(a, Channel.IN_PERSON, on, officer);
    }

    private DisclosureRequest replied(ApplicantType type, LocalDate on, Outcome outcome, LocalDate repliedOn) {
        DisclosureRequest r = received(type, on);
        boolean partly = outcome == Outcome.PARTLY_DISCLOSED;
        return requests.reply(r.number(), outcome, "答复内容", partly ? "部分内容" : null, partly ? "理由" : null,
                repliedOn, officer);
    }

    @Test
    void tablesThreeAndFourMatchAHandCount() {
        replied(ApplicantType.NATURAL_PERSON, LocalDate.of(2024, 12, 20), Outcome.DISCLOSED, LocalDate.of(2025, 1, 8));
        replied(ApplicantType.COMMERCIAL, LocalDate.of(2024, 11, 4), Outcome.DISCLOSED, LocalDate.of(2024, 11, 15));
        replied(ApplicantType.NATURAL_PERSON, LocalDate.of(2025, 3, 2), Outcome.DISCLOSED, LocalDate.of(2025, 3, 10));
        replied(ApplicantType.COMMERCIAL, LocalDate.of(2025, 3, 3), Outcome.PARTLY_DISCLOSED, LocalDate.of(2025, 3, 20));
        DisclosureRequest withheld = replied(ApplicantType.RESEARCH, LocalDate.of(2025, 4, 1),
                Outcome.WITHHELD_THIRD_PARTY, LocalDate.of(2025, 4, 20));
        replied(ApplicantType.WELFARE, LocalDate.of(2025, 5, 6), Outcome.UNAVAILABLE_NOT_HELD, LocalDate.of(2025, 5, 9));
        DisclosureRequest repeated = replied(ApplicantType.LEGAL_SERVICE, LocalDate.of(2025, 6, 3),
                Outcome.NOT_HANDLED_REPEATED, LocalDate.of(2025, 6, 5));
        replied(ApplicantType.OTHER, LocalDate.of(2025, 7, 1), Outcome.OTHER_OTHER, LocalDate.of(2025, 7, 3));
        replied(ApplicantType.LEGAL_SERVICE, LocalDate.of(2025, 12, 29), Outcome.DISCLOSED, LocalDate.of(2026, 1, 5));
        requests.recordRemedy(withheld.number(), RemedyKind.RECONSIDERATION, RemedyResult.UPHELD,
                LocalDate.of(2025, 5, 10), LocalDate.of(2025, 7, 1), null, officer);
        requests.recordRemedy(repeated.number(), RemedyKind.LITIGATION_DIRECT, RemedyResult.PENDING,
                LocalDate.of(2026, 1, 10), null, null, officer);

        YearFigures y = requests.yearFigures(TOWN, 2025);
        assertThat(y.received()).isEqualTo(Map.of(ApplicantType.NATURAL_PERSON, 1, ApplicantType.COMMERCIAL, 1,
                ApplicantType.RESEARCH, 1, ApplicantType.WELFARE, 1, ApplicantType.LEGAL_SERVICE, 2,
                ApplicantType.OTHER, 1));
        assertThat(y.carriedIn()).isEqualTo(only(ApplicantType.NATURAL_PERSON));
        assertThat(y.carriedOut()).isEqualTo(only(ApplicantType.LEGAL_SERVICE));
        for (Outcome o : Outcome.values()) {
            if (o.row() != o) {
                assertThat(y.concluded()).as("36(5) is counted in the row of 36(4)").doesNotContainKey(o);
                continue;
            }
            Map<ApplicantType, Integer> expected = switch (o) {
                case DISCLOSED -> with(ApplicantType.NATURAL_PERSON, 2);
                case PARTLY_DISCLOSED -> only(ApplicantType.COMMERCIAL);
                case WITHHELD_THIRD_PARTY -> only(ApplicantType.RESEARCH);
                case UNAVAILABLE_NOT_HELD -> only(ApplicantType.WELFARE);
                case NOT_HANDLED_REPEATED -> only(ApplicantType.LEGAL_SERVICE);
                case OTHER_OTHER -> only(ApplicantType.OTHER);
                default -> YearFigures.zeroes();
            };
            assertThat(y.concluded().get(o)).as("row %s", o.label()).isEqualTo(expected);
        }
        assertThat(y.columnCheckHolds()).isTrue();
        assertThat(y.remedies().get(RemedyKind.RECONSIDERATION).get(RemedyResult.UPHELD)).isEqualTo(1);
        assertThat(y.remedies().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
                .isEqualTo(1);

        YearFigures next = requests.yearFigures(TOWN, 2026);
        assertThat(next.carriedIn()).isEqualTo(only(ApplicantType.LEGAL_SERVICE));
        assertThat(next.concluded().get(Outcome.DISCLOSED)).isEqualTo(only(ApplicantType.LEGAL_SERVICE));
        assertThat(next.remedies().get(RemedyKind.LITIGATION_DIRECT).get(RemedyResult.PENDING)).isEqualTo(1);
        assertThat(next.columnCheckHolds()).isTrue();
    }

    private static Map<ApplicantType, Integer> only(ApplicantType type) {
        return with(type, 1);
    }

    private static Map<ApplicantType, Integer> with(ApplicantType type, int n) {
        Map<ApplicantType, Integer> m = YearFigures.zeroes();
        m.put(type, n);
        return m;
    }
}
