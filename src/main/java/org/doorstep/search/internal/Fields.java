package org.doorstep.search.internal;

/** Field names of the Lucene index. */
final class Fields {

    /** {@code d:<id>} or {@code g:<code>}: indexed, and as doc values for the comparison with the database. */
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String STAMP = "stamp";
    static final String TITLE_GRAMS = "title" + ChineseAnalysis.GRAMS_SUFFIX;
    /** Title and body as two values of one grams field (a gap between them): one phrase per word finds either. */
    static final String TEXT_GRAMS = "text" + ChineseAnalysis.GRAMS_SUFFIX;
    static final String NUMBER_GRAMS = "number" + ChineseAnalysis.GRAMS_SUFFIX;
    static final String DIVISION = "division";
    static final String NODE = "node";
    static final String PUBLISHER = "publisher";
    static final String VALIDITY = "validity";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String STORED_TITLE = "s_title";
    static final String STORED_BODY = "s_body";
    static final String URL = "url";
    static final String INDEX_NUMBER = "index_number";
    static final String DOCUMENT_NUMBER = "document_number";
    static final String PUBLISHER_NAME = "publisher_name";
    static final String PUBLISHED_AT = "published_at";

    private Fields() {
    }
}
