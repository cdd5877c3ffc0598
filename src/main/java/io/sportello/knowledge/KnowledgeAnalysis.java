package io.sportello.knowledge;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/** Gives Hibernate Search the knowledge base's analyzers by name ({@code it}, {@code en}: see {@link Analyzers}). */
@Component("knowledgeAnalysis")
public class KnowledgeAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String language : Analyzers.LANGUAGES) {
            context.analyzer(language).instance(Analyzers.of(language));
        }
    }
}
