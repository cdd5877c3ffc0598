package io.sportello.knowledge;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate Search's Lucene backend the knowledge base's analyzers by name ({@code it}, {@code en}: see
 * {@link Analyzers}); {@link ElasticsearchKnowledgeAnalysis} defines the same ones for an Elasticsearch or OpenSearch
 * cluster ({@code sportello.knowledge.search-backend}).
 */
@Component("knowledgeAnalysis-lucene")
public class KnowledgeAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String language : Analyzers.LANGUAGES) {
            context.analyzer(language).instance(Analyzers.of(language));
        }
    }
}
