package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The outcomes are the rows of table 三 of the 2021 template (国办公开办函〔2021〕30号), and each cites the provision of
 * the 条例 (国务院令第711号, 2019) whose words it applies; the words are quoted beside each row below.
 */
class OutcomeTest {

    @Test
    void everyCategoryHasTheTemplateRows() {
        Map<OutcomeCategory, Long> rows = new LinkedHashMap<>();
        Arrays.stream(Outcome.values()).filter(o -> o.row() == o)
                .forEach(o -> rows.merge(o.category(), 1L, Long::sum));
        assertThat(rows).containsEntry(OutcomeCategory.WITHHELD, 8L).containsEntry(OutcomeCategory.UNAVAILABLE, 3L)
                .containsEntry(OutcomeCategory.NOT_HANDLED, 5L).containsEntry(OutcomeCategory.OTHER, 3L);
        assertThat(Outcome.WITHHELD_STATE_SECRET.label()).isEqualTo("不予公开（属于国家秘密）");
        assertThat(Outcome.PARTLY_DISCLOSED.label()).isEqualTo("部分公开");
        assertThat(Outcome.NOT_HANDLED_CONFIRMATION.subReason()).isEqualTo("5.要求行政机关确认或重新出具已获取信息");
        // 36(4) and 36(5) are two replies counted in one template row, (四)1 本机关不掌握相关政府信息.
        assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.row()).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD);
        assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.subReason()).isEqualTo(Outcome.UNAVAILABLE_NOT_HELD.subReason());
        assertThat(Outcome.UNAVAILABLE_NOT_RESPONSIBLE.label()).isEqualTo("无法提供（不属于本机关负责公开）");
        assertThat(Outcome.UNAVAILABLE_NOT_HELD.label()).isEqualTo("无法提供（本机关不掌握相关政府信息）");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "—", textBlock = """
            # outcome                  | basis                      | what the provision says
            DISCLOSED                  | 条例第三十六条第（二）项     | 所申请公开信息可以公开的，向申请人提供该政府信息
            PARTLY_DISCLOSED           | 条例第三十七条               | 能够作出区分处理的，应当向申请人提供可以公开的政府信息内容
            WITHHELD_STATE_SECRET      | 条例第十四条                 | 依法确定为国家秘密的政府信息……不予公开
            WITHHELD_PROHIBITED_BY_LAW | 条例第十四条                 | 法律、行政法规禁止公开的政府信息……不予公开
            WITHHELD_SECURITY          | 条例第十四条                 | 公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开
            WITHHELD_THIRD_PARTY       | 条例第十五条                 | 涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开
            WITHHELD_INTERNAL_AFFAIRS  | 条例第十六条第一款           | 行政机关的内部事务信息……可以不予公开
            WITHHELD_PROCESS           | 条例第十六条第二款           | 讨论记录、过程稿、磋商信函、请示报告等过程性信息……可以不予公开
            WITHHELD_ENFORCEMENT_FILE  | 条例第十六条第二款           | ……以及行政执法案卷信息，可以不予公开
            WITHHELD_QUERY_MATTER      | 条例第三十六条第（七）项     | 属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定的
            UNAVAILABLE_NOT_HELD       | 条例第三十六条第（四）项     | 经检索没有所申请公开信息的，告知申请人该政府信息不存在
            UNAVAILABLE_NOT_RESPONSIBLE| 条例第三十六条第（五）项     | 不属于本行政机关负责公开的……能够确定负责公开该政府信息的行政机关的，告知申请人该行政机关的名称、联系方式
            UNAVAILABLE_NEEDS_CREATION | 条例第三十八条               | 需要行政机关对现有政府信息进行加工、分析的，行政机关可以不予提供
            UNAVAILABLE_STILL_UNCLEAR  | 条例第三十条                 | 政府信息公开申请内容不明确的……一次性告知申请人作出补正
            NOT_HANDLED_PETITION       | 条例第三十九条第一款         | 以政府信息公开申请的形式进行信访、投诉、举报等活动……不作为政府信息公开申请处理
            NOT_HANDLED_REPEATED       | 条例第三十六条第（六）项     | 申请人重复申请公开相同政府信息的，告知申请人不予重复处理
            NOT_HANDLED_PUBLICATION    | 条例第三十九条第二款         | 要求行政机关提供政府公报、报刊、书籍等公开出版物的，行政机关可以告知获取的途径
            NOT_HANDLED_MASS_REPETITIVE| 条例第三十五条               | 申请公开政府信息的数量、频次明显超过合理范围
            NOT_HANDLED_CONFIRMATION   | —                            | the 条例 has no provision for it: nothing is cited rather than a provision by analogy
            OTHER_NO_SUPPLEMENT        | 条例第三十条                 | 申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请
            OTHER_FEE_UNPAID           | 国办函〔2020〕109号          | 逾期未缴纳信息处理费的，视为放弃申请（政府信息公开信息处理费管理办法）
            OTHER_OTHER                | —                            | whatever else: the letter names no provision
            """)
    void eachOutcomeCitesTheProvisionWhoseWordsItApplies(Outcome outcome, String basis, String words) {
        assertThat(outcome.basis()).as(words).isEqualTo(basis);
    }

    @Test
    void theTableAboveCoversEveryOutcome() {
        assertThat(Outcome.values()).hasSize(22);
    }
}
