package org.doorstep.search.internal;

import org.doorstep.platform.DoorstepProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index lives in {@code DOORSTEP_DATA_DIR/index}. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    @Bean
    ChineseAnalysis chineseAnalysis() {
        return new ChineseAnalysis();
    }

    @Bean(destroyMethod = "close")
    LuceneSearchIndex luceneSearchIndex(DoorstepProperties properties, ChineseAnalysis analysis) {
        return LuceneSearchIndex.shared(properties.dataDir().resolve("index"), analysis, 64);
    }
}
