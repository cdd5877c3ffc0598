package io.sportello.knowledge;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's analyzers ({@code it}, {@code en}) for an Elasticsearch or OpenSearch cluster, used when
 * {@code sportello.knowledge.search-backend=elasticsearch}: the same chain as {@link Analyzers} builds for Lucene, from
 * the cluster's own components — Unicode words, Italian elisions (the same list, {@code dov'} and {@code com'}
 * included) or English possessives, lower case, folded accents, the same stop words with and without accents, the
 * Snowball Italian and Porter English stemmers.
 */
@Component("knowledgeAnalysis-elasticsearch")
public class ElasticsearchKnowledgeAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("it_elision").type("elision").param("articles_case", false)
                .param("articles", Analyzers.italianElisions().toArray(String[]::new));
        context.tokenFilter("it_stop").type("stop").param("ignore_case", true)
                .param("stopwords", Analyzers.stopWords("it").toArray(String[]::new));
        context.tokenFilter("it_stemmer").type("snowball").param("language", "Italian");
        context.analyzer("it").custom().tokenizer("standard")
                .tokenFilters("it_elision", "lowercase", "asciifolding", "it_stop", "it_stemmer");

        context.tokenFilter("en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("en_stop").type("stop").param("ignore_case", true)
                .param("stopwords", Analyzers.stopWords("en").toArray(String[]::new));
        context.analyzer("en").custom().tokenizer("standard")
                .tokenFilters("en_possessive", "lowercase", "asciifolding", "en_stop", "porter_stem");
    }
}
