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
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The two analyses of Chinese text the index keeps side by side, and how a visitor's query becomes words.
 * <ul>
 * <li>{@code smartcn}: the smartcn word segmenter; it ranks results by whole words.</li>
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
                Fields.TITLE_GRAMS, indexGrams, Fields.BODY_GRAMS, indexGrams, Fields.NUMBER_GRAMS, indexGrams));
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
     * The words of a query: spaces and punctuation separate them, and each must occur as a whole, so an unknown short
     * word such as 医保 never matches 医 … 保, and 政务公开 matches 政务公开 rather than any 政务 with any 公开 (type
     * 政务 公开 for that). smartcn's segmentation only ranks the results. At most eight words.
     */
    public List<String> words(String query) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String chunk : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!chunk.isEmpty()) {
                words.add(chunk);
            }
        }
        return words.stream().limit(MAX_WORDS).toList();
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
