package org.doorstep.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.OutcomeCategory;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.YearFigures;

/**
 * The written sections must not contradict the tables (issue 12 item 11): a sentence that states a figure the tables
 * hold — 新收申请 N 件, 上年结转, 办结, each 办理结果 group, 结转下年度, 行政规范性文件 made/repealed/in force,
 * 行政许可决定, 行政复议 and 行政诉讼, and whether 信息处理费 were collected (section 六) — is read and compared with the
 * report's own figures. Only the phrasings the generated text and the template use are recognised; figures written
 * in Chinese numerals (十二件) are not read. A difference refuses submission until the officer rewrites the sentence,
 * by hand or with {@link #rewrite}, which puts the table's figure into the officer's own sentence.
 */
public final class NarrativeCheck {

    /** A number as officers write it: 1234 or 1,234 (and, for fees, 12.5). */
    private static final String N = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String MONEY = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Words between a subject and its figure, never across a clause (no punctuation, no other figure). */
    private static final String GAP = "[^，。；！？、,;\\d\\n]{0,20}?";
    private static final String COLLECTED = "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费 %d 元。";
    private static final String NOT_COLLECTED = "本年度未收取政府信息公开信息处理费。";
    private static final Pattern FEES_STATED = Pattern.compile("(?<![未不没有免])收取" + GAP + "信息处理费(?:共|合计)?\\s*"
            + MONEY + "\\s*元");
    private static final Pattern NO_FEES_STATED = Pattern.compile("(?:未|没有|不|免予)收取" + GAP + "(?:信息处理费|费用)");

    /**
     * A sentence whose figure disagrees with the tables.
     *
     * @param stated what the section says, e.g. 办结 7 件
     * @param message the difference in Chinese, naming the table cell
     */
    public record Difference(NarrativeSection section, String stated, String message) {
    }

    private record Fact(Pattern pattern, long expected, String cell) {
    }

    private NarrativeCheck() {
    }

    /** Every difference, section by section in template order. */
    public static List<Difference> differences(Map<NarrativeSection, String> narrative, Figures f) {
        List<Difference> found = new ArrayList<>();
        for (NarrativeSection s : NarrativeSection.values()) {
            String text = narrative.getOrDefault(s, "");
            for (Fact fact : facts(f)) {
                Matcher m = fact.pattern().matcher(text);
                while (m.find()) {
                    if (aboutAnotherYear(text, m.start())) {
                        continue;
                    }
                    long stated = Long.parseLong(m.group(1).replace(",", ""));
                    if (stated != fact.expected()) {
                        found.add(new Difference(s, m.group(), "“" + s.heading() + "”写“" + m.group().strip() + "”，而"
                                + fact.cell() + "为 " + fact.expected() + " 件"));
                    }
                }
            }
            fees(s, text, f.requestFeesYuan(), found);
        }
        return found;
    }

    /**
     * The sections with every differing figure replaced by the table's (the rest of each sentence as written), and a
     * sentence about 信息处理费 that says the opposite of the figures replaced by the generated one.
     */
    public static Map<NarrativeSection, String> rewrite(Map<NarrativeSection, String> narrative, Figures f) {
        Map<NarrativeSection, String> result = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            String text = narrative.getOrDefault(s, "");
            for (Fact fact : facts(f)) {
                Matcher m = fact.pattern().matcher(text);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String whole = m.group();
                    if (aboutAnotherYear(text, m.start())) {
                        m.appendReplacement(b, Matcher.quoteReplacement(whole));
                        continue;
                    }
                    int at = m.start(1) - m.start();
                    String fixed = whole.substring(0, at) + fact.expected() + whole.substring(m.end(1) - m.start());
                    m.appendReplacement(b, Matcher.quoteReplacement(fixed));
                }
                m.appendTail(b);
                text = b.toString();
            }
            result.put(s, rewriteFees(text, f.requestFeesYuan()));
        }
        return result;
    }

    /** A comparison with last year ("上年新收申请 15 件", "同比增加") states another year's figure: not checked. */
    private static final Pattern OTHER_YEAR = Pattern.compile("上年|去年|上一年|同比|较上");

    private static boolean aboutAnotherYear(String text, int at) {
        int clause = Math.max(Math.max(text.lastIndexOf('，', at - 1), text.lastIndexOf('。', at - 1)),
                Math.max(text.lastIndexOf('；', at - 1), text.lastIndexOf('\n', at - 1))) + 1;
        return OTHER_YEAR.matcher(text.substring(clause, at)).find();
    }

    // ---------------------------------------------------------------- facts

    private static List<Fact> facts(Figures f) {
        YearFigures y = f.requests();
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("(?:新收|收到|受理)" + GAP + "申请(?:共|合计)?\\s*" + N + "\\s*件", sum(y.received()),
                "表三“一、本年新收政府信息公开申请数量”的总计"));
        facts.add(fact("上年结转" + GAP + N + "\\s*件", sum(y.carriedIn()), "表三“二、上年结转政府信息公开申请数量”的总计"));
        long concluded = 0;
        for (ApplicantType t : ApplicantType.values()) {
            concluded += y.concludedTotal(t);
        }
        facts.add(fact("办结" + GAP + N + "\\s*件", concluded, "表三“（七）总计”的总计"));
        facts.add(fact("结转下一?年度" + GAP + N + "\\s*件", sum(y.carriedOut()), "表三“四、结转下年度继续办理”的总计"));
        for (OutcomeCategory c : OutcomeCategory.values()) {
            long n = y.concluded().entrySet().stream().filter(e -> e.getKey().category() == c)
                    .mapToLong(e -> sum(e.getValue())).sum();
            // 予以公开 is not the tail of 不予公开 (不予 ≠ 予以), so each group's words find only its own figure.
            facts.add(fact(c.shortLabel() + "(?:的)?\\s*" + N + "\\s*件", n, "表三“" + c.label() + "”各项的总计"));
        }
        facts.add(fact("制发(?:政府)?规章\\s*" + N + "\\s*件", f.rulesMade(), "表二“规章”的本年制发件数"));
        facts.add(fact("制发行政规范性文件\\s*" + N + "\\s*件", f.normativeMade(), "表二“行政规范性文件”的本年制发件数"));
        facts.add(fact("(?<=行政规范性文件)[^。；\\n]*?废止\\s*" + N + "\\s*件", f.normativeRepealed(),
                "表二“行政规范性文件”的本年废止件数"));
        facts.add(fact("(?<=行政规范性文件)[^。；\\n]*?现行有效\\s*" + N + "\\s*件", f.normativeInForce(),
                "表二“行政规范性文件”的现行有效件数"));
        facts.add(fact("行政许可决定\\s*" + N + "\\s*件", f.licensingDecisions(), "表二“行政许可”的本年处理决定数量"));
        facts.add(fact("(?<!复议后起诉)行政复议(?:案件)?\\s*" + N + "\\s*(?:件|起)", remedies(y, RemedyKind.RECONSIDERATION),
                "表四“行政复议”的总计"));
        facts.add(fact("行政诉讼(?:案件)?\\s*" + N + "\\s*(?:件|起)", remedies(y, RemedyKind.LITIGATION_DIRECT)
                + remedies(y, RemedyKind.LITIGATION_AFTER_RECONSIDERATION), "表四“行政诉讼”两项（未经复议直接起诉、复议后起诉）总计之和"));
        return facts;
    }

    private static Fact fact(String regex, long expected, String cell) {
        return new Fact(Pattern.compile(regex), expected, cell);
    }

    // ---------------------------------------------------------------- fees (section 六)

    private static void fees(NarrativeSection s, String text, long yuan, List<Difference> found) {
        Matcher stated = FEES_STATED.matcher(text);
        while (stated.find()) {
            if (new java.math.BigDecimal(stated.group(1).replace(",", "")).compareTo(java.math.BigDecimal.valueOf(yuan)) != 0) {
                found.add(new Difference(s, stated.group(), "“" + s.heading() + "”写“" + stated.group().strip()
                        + "”，而平台记录的本年度信息处理费收入为 " + yuan + " 元"));
            }
        }
        Matcher none = NO_FEES_STATED.matcher(text);
        if (yuan > 0 && none.find()) {
            found.add(new Difference(s, none.group(), "“" + s.heading() + "”写“" + none.group().strip()
                    + "”，而平台记录本年度收取信息处理费 " + yuan + " 元"));
        }
    }

    /** The sentence about fees that contradicts the figure becomes the generated sentence. */
    private static String rewriteFees(String text, long yuan) {
        String generated = yuan == 0 ? NOT_COLLECTED : String.format(COLLECTED, yuan);
        StringBuilder out = new StringBuilder();
        for (String sentence : text.split("(?<=[。！？\\n])")) {
            Matcher stated = FEES_STATED.matcher(sentence);
            boolean wrongAmount = stated.find()
                    && new java.math.BigDecimal(stated.group(1).replace(",", "")).compareTo(java.math.BigDecimal.valueOf(yuan)) != 0;
            boolean wrongNone = yuan > 0 && NO_FEES_STATED.matcher(sentence).find();
            if (wrongAmount || wrongNone) {
                String lead = sentence.substring(0, sentence.length() - sentence.stripLeading().length());
                String tail = sentence.endsWith("\n") ? "\n" : "";
                out.append(lead).append(generated).append(tail);
            } else {
                out.append(sentence);
            }
        }
        return out.toString();
    }

    private static long sum(Map<ApplicantType, Integer> m) {
        return m == null ? 0 : m.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static long remedies(YearFigures y, RemedyKind k) {
        return y.remedies().getOrDefault(k, Map.of()).values().stream().mapToLong(Integer::longValue).sum();
    }
}
