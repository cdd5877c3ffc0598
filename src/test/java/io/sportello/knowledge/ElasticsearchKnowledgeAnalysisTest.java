package io.sportello.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

/**
 * The analyzers an Elasticsearch or OpenSearch cluster gets are the ones Lucene uses: same components in the same
 * order, same elisions and stop words. (No cluster runs here; what the definitions say is checked as written.)
 */
class ElasticsearchKnowledgeAnalysisTest {

    /** Every definition as "kind name" → the calls made on it, e.g. {@code tokenFilter it_stop → [type stop, …]}. */
    private final Map<String, List<String>> defined = new LinkedHashMap<>();

    private Object recorder(List<String> calls) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {
                org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalyzerTypeStep.class,
                org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalyzerTokenizerStep.class,
                org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalyzerOptionalComponentsStep.class,
                org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentTypeStep.class,
                org.hibernate.search.backend.elasticsearch.analysis.model.dsl.ElasticsearchAnalysisComponentParametersStep.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + " " + describe(args));
                    return proxy;
                });
    }

    private static String describe(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object a : args == null ? new Object[0] : args) {
            out.add(a instanceof Object[] many ? String.join(",", Arrays.stream(many).map(String::valueOf).toList())
                    : String.valueOf(a));
        }
        return String.join(" ", out);
    }

    private void configure() {
        ElasticsearchAnalysisConfigurationContext context = (ElasticsearchAnalysisConfigurationContext) Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ElasticsearchAnalysisConfigurationContext.class},
                        (proxy, method, args) -> {
                            List<String> calls = new ArrayList<>();
                            defined.put(method.getName() + " " + args[0], calls);
                            return recorder(calls);
                        });
        new ElasticsearchKnowledgeAnalysis().configure(context);
    }

    @Test
    void italianAndEnglishAreBuiltLikeTheLuceneAnalyzers() {
        configure();
        assertThat(defined.get("analyzer it")).containsExactly("custom ", "tokenizer standard",
                "tokenFilters it_elision,lowercase,asciifolding,it_stop,it_stemmer");
        assertThat(defined.get("analyzer en")).containsExactly("custom ", "tokenizer standard",
                "tokenFilters en_possessive,lowercase,asciifolding,en_stop,porter_stem");
        assertThat(defined.get("tokenFilter it_stemmer")).containsExactly("type snowball", "param language Italian");
        assertThat(defined.get("tokenFilter it_elision")).contains("type elision",
                "param articles " + String.join(",", Analyzers.italianElisions()));
        assertThat(Analyzers.italianElisions()).contains("dov", "com", "dell", "l");
        assertThat(defined.get("tokenFilter it_stop")).contains("param stopwords "
                + String.join(",", Analyzers.stopWords("it")));
        assertThat(Analyzers.stopWords("it")).as("typed with and without accents").contains("perché", "perche");
        assertThat(defined.get("tokenFilter en_stop")).contains("param stopwords "
                + String.join(",", Analyzers.stopWords("en")));
    }

    @Test
    void everyFilterAnAnalyzerNamesIsDefinedOrBuiltIn() {
        configure();
        List<String> builtIn = List.of("lowercase", "asciifolding", "porter_stem");
        for (String language : Analyzers.LANGUAGES) {
            String filters = defined.get("analyzer " + language).get(2).substring("tokenFilters ".length());
            for (String filter : filters.split(",")) {
                assertThat(builtIn.contains(filter) || defined.containsKey("tokenFilter " + filter))
                        .as(filter + " of " + language).isTrue();
            }
        }
    }
}
