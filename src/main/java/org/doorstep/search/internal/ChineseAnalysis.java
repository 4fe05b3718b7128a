package org.doorstep.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The two analyses of Chinese text: how a visitor's query becomes words, and how the index finds them.
 * <ul>
 * <li>{@code smartcn}: the smartcn word segmenter; it segments a query typed without spaces into words.</li>
 * <li>grams (fields ending in {@code _g}): every CJK character and every pair of adjacent characters, at the
 * position of the first character. A word of the query is a phrase of its pairs (or a single character), so it
 * matches exactly the documents that contain that character sequence — 医保 does not match 医 … 保.</li>
 * </ul>
 */
public final class ChineseAnalysis {

    static final String GRAMS_SUFFIX = "_g";
    private static final int MAX_WORDS = 8;

    private final Analyzer smartcn = new SmartChineseAnalyzer();
    private final Analyzer indexGrams = grams(true);
    private final Analyzer queryGrams = grams(false);
    private final Analyzer indexing;

    public ChineseAnalysis() {
        indexing = new PerFieldAnalyzerWrapper(smartcn, Map.of(
                Fields.TITLE_GRAMS, indexGrams, Fields.TEXT_GRAMS, indexGrams, Fields.NUMBER_GRAMS, indexGrams));
    }

    /** The analyzer for writing documents: grams for the {@code _g} fields, smartcn for the rest. */
    Analyzer indexing() {
        return indexing;
    }

    Analyzer smartcn() {
        return smartcn;
    }

    private static Analyzer grams(boolean withUnigrams) {
        return new Analyzer() {
            /** Keeps a phrase from matching across the title's end and the body's start. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, withUnigrams);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /**
     * The words of a query, all of which must occur. Spaces and punctuation separate runs; a run of Chinese characters
     * longer than two is segmented by smartcn into words (营业执照办理 → 营业执照, 办理). Characters smartcn leaves
     * single are joined back with their single neighbours, so an unknown short word stays whole: 医保报销 → 医保,
     * 报销, never 医 … 保. Each word matches only as a whole (see {@link #gramsQuery}). At most eight words.
     */
    public List<String> words(String query) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String run : runs(query)) {
            if (run.length() > 2 && HAN.matcher(run).matches()) {
                words.addAll(segment(run));
            } else {
                words.add(run);
            }
        }
        return words.stream().limit(MAX_WORDS).toList();
    }

    /** The runs of a query as typed: lower-cased, split at spaces and punctuation. */
    List<String> runs(String query) {
        LinkedHashSet<String> runs = new LinkedHashSet<>();
        for (String chunk : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!chunk.isEmpty()) {
                runs.add(chunk);
            }
        }
        return List.copyOf(runs);
    }

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}+");

    /** smartcn's words of a run of Chinese characters, adjacent single characters joined into one word. */
    private List<String> segment(String run) {
        List<String> result = new ArrayList<>();
        int singlesFrom = -1;
        int singlesTo = -1;
        try (TokenStream ts = smartcn.tokenStream("q", run)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int from = offset.startOffset();
                int to = offset.endOffset();
                if (to - from == 1 && (singlesFrom < 0 || from == singlesTo)) {
                    singlesFrom = singlesFrom < 0 ? from : singlesFrom;
                    singlesTo = to;
                    continue;
                }
                if (singlesFrom >= 0) {
                    result.add(run.substring(singlesFrom, singlesTo));
                    singlesFrom = -1;
                }
                if (to - from == 1) {
                    singlesFrom = from;
                    singlesTo = to;
                } else {
                    result.add(run.substring(from, to));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (singlesFrom >= 0) {
            result.add(run.substring(singlesFrom, singlesTo));
        }
        return result.isEmpty() ? List.of(run) : result;
    }

    /** The query for one word over a grams field: a single gram, or a phrase of its pairs; null if nothing to match. */
    Query gramsQuery(String field, String word) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = queryGrams.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i));
        }
        return phrase.build();
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> result = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                result.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
