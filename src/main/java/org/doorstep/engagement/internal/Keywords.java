package org.doorstep.engagement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.stereotype.Component;

/**
 * The keywords of a question: smartcn's word segmentation, keeping words of two or more characters that carry
 * meaning (not question words, not numbers, not the verbs every question has).
 */
@Component
public class Keywords {

    /** Words too common in questions to say what a question is about. */
    static final Set<String> STOP = Set.of("怎么", "怎样", "什么", "如何", "需要", "可以", "能否", "是否", "哪里", "哪些",
            "多少", "多久", "请问", "我们", "你们", "他们", "自己", "这个", "那个", "现在", "已经", "还是", "没有", "有没有",
            "办理", "咨询", "问题", "相关", "情况", "一下", "时候", "为什么", "应该", "还有", "或者", "以及", "关于", "什么样",
            "怎么办", "能不能", "要求", "材料", "的话", "一个", "了解", "知道", "提供", "进行", "目前", "今年", "去年");

    /**
     * Characters that never begin or end a word smartcn failed to know: particles, pronouns, question words. Words it
     * does not know (医保, 社保) come out as single characters; adjacent single characters are joined back.
     */
    static final String FUNCTION_CHARS = "的了吗呢吧啊是在和与及或还能会要可把被给从向对于就都也很有没不这那哪啥谁几么怎交办问请我你他她它们个些该多少";

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(true);

    /** The distinct keywords of a text, in order of first appearance. */
    public Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        StringBuilder run = new StringBuilder();
        int runEnd = -1;
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                boolean single = w.length() == 1 && han(w.codePointAt(0)) && FUNCTION_CHARS.indexOf(w) < 0;
                if (single && (run.isEmpty() || offset.startOffset() == runEnd)) {
                    run.append(w);
                    runEnd = offset.endOffset();
                    continue;
                }
                flush(run, words);
                if (single) {
                    run.append(w);
                    runEnd = offset.endOffset();
                } else if (meaningful(w)) {
                    words.add(w);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(run, words);
        return words;
    }

    /** A run of two to four unknown characters is taken as one word. */
    private static void flush(StringBuilder run, Set<String> words) {
        if (run.length() >= 2 && run.length() <= 4 && meaningful(run.toString())) {
            words.add(run.toString());
        }
        run.setLength(0);
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean meaningful(String w) {
        if (w.length() < 2 || STOP.contains(w)) {
            return false;
        }
        // Only words with Chinese characters: numbers and stray Latin letters say nothing about a topic.
        return w.codePoints().anyMatch(Keywords::han);
    }
}
