package io.sportello.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sportello.SportelloSpringTest;
import io.sportello.shared.FieldException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The knowledge base as content owners and readers use it: search that reads Italian and English as customers type
 * it, drafts that nobody sees until published, versions that come back, internal articles for the staff only.
 */
class KnowledgeBaseTest extends SportelloSpringTest {

    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    ArticleImport imports;

    @BeforeEach
    void articles() {
        imports.importFolder("classpath:knowledge/demo", "elena");
    }

    private List<String> found(String query, String language, Audience audience) {
        return search.search(query, language, audience, 3).stream()
                .map(h -> h.article().getGroupKey() + "." + h.article().getLanguage()).toList();
    }

    @Test
    void customersFindTheArticleAsTheyTypeWithoutAccentsWithTyposAndInOtherWords() {
        assertThat(found("quanto tempo ho per fare un reso?", "it", Audience.PUBLIC)).first().isEqualTo("return-window.it");
        assertThat(found("dov'è il mio ordine?", "it", Audience.PUBLIC)).first().isEqualTo("tracking-order.it");
        assertThat(found("dove e il mio ordine", "it", Audience.PUBLIC)).as("no accent, no apostrophe")
                .first().isEqualTo("tracking-order.it");
        assertThat(found("quanto costa la spedizone", "it", Audience.PUBLIC)).as("a typo").first()
                .isEqualTo("shipping-costs.it");
        assertThat(found("prodoto difetoso", "it", Audience.PUBLIC)).as("two typos").first()
                .isEqualTo("warranty.it");
        assertThat(found("riaccredito", "it", Audience.PUBLIC)).as("a synonym the articles do not use")
                .contains("refund-timing.it");
        assertThat(found("how long do i have to send back an item", "en", Audience.PUBLIC)).as("an English synonym phrase")
                .first().isEqualTo("return-window.en");
        assertThat(found("paymnet methods", "en", Audience.PUBLIC)).as("an English typo").first()
                .isEqualTo("payment-methods.en");
        assertThat(found("reso", "en", Audience.PUBLIC)).as("Italian typed on the English side: one hit per group, "
                + "in the reader's language").allSatisfy(g -> assertThat(g).endsWith(".en"));
        assertThat(found("il la di", "it", Audience.PUBLIC)).as("only stop words").isEmpty();
    }

    @Test
    void internalArticlesAreForTheStaffOnly() {
        assertThat(found("approvare un rimborso o un buono di cortesia", "it", Audience.PUBLIC))
                .doesNotContain("refund-approval.it");
        assertThat(found("approvare un rimborso o un buono di cortesia", "it", Audience.STAFF)).first()
                .isEqualTo("refund-approval.it");
        assertThat(knowledge.article("refund-approval", "it", Audience.PUBLIC)).isEmpty();
        assertThat(knowledge.article("refund-approval", "it", Audience.STAFF)).isPresent();
    }

    @Test
    void aDraftIsSeenByNobodyUntilPublishedAndEveryVersionCanComeBack() {
        String group = "engraving-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Article article = knowledge.create(group, "it", new KnowledgeBase.Placement("shipping", null, Visibility.PUBLIC,
                List.of()), new KnowledgeBase.Draft("Incisione personalizzata", null, "L'incisione costa 5 euro.", null), "paolo");
        assertThat(found("incisione personalizzata", "it", Audience.STAFF)).doesNotContain(group + ".it");
        assertThat(knowledge.article(group, "it", Audience.STAFF)).isEmpty();

        knowledge.publish(article.getId(), "paolo");
        assertThat(found("incisione personalizzata", "it", Audience.PUBLIC)).first().isEqualTo(group + ".it");

        knowledge.saveDraft(article.getId(), new KnowledgeBase.Draft("Incisione personalizzata", null,
                "L'incisione è gratuita a dicembre.", "offerta di Natale"), "elena");
        assertThat(knowledge.article(group, "it", Audience.PUBLIC)).get().extracting(Article::getBody)
                .as("readers still see the published text").isEqualTo("L'incisione costa 5 euro.");
        knowledge.publish(article.getId(), "elena");
        assertThat(found("incisione gratuita dicembre", "it", Audience.PUBLIC)).first().isEqualTo(group + ".it");
        assertThat(knowledge.versions(article.getId())).extracting(ArticleVersion::getNumber, ArticleVersion::getAuthor,
                ArticleVersion::getNote).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "elena", "offerta di Natale"),
                org.assertj.core.groups.Tuple.tuple(1, "paolo", null));

        knowledge.restore(article.getId(), 1, "elena");
        knowledge.publish(article.getId(), "elena");
        Article back = knowledge.article(group, "it", Audience.PUBLIC).orElseThrow();
        assertThat(back.getBody()).isEqualTo("L'incisione costa 5 euro.");
        assertThat(back.getPublishedVersion()).isEqualTo(3);
        assertThat(knowledge.versions(article.getId()).get(0).getNote()).isEqualTo("#1");
    }

    @Test
    void theQuotedPartIsTheOneAboutWhatWasAsked() {
        Article eu = knowledge.find("eu-shipping", "en").orElseThrow();
        assertThat(KnowledgeBase.bestPart(eu, "how much is shipping to germany?").text())
                .as("the words every part has say nothing; Germany says which part").contains("€12.90");
        Article damaged = knowledge.find("damaged-parcel", "en").orElseThrow();
        assertThat(KnowledgeBase.bestPart(damaged, "my parcel arrived damaged").text()).contains("within 8 days");
        Article returns = knowledge.find("return-window", "it").orElseThrow();
        assertThat(KnowledgeBase.bestPart(returns, "Buongiorno, entro quando posso fare il reso delle scarpe?").text())
                .as("the shoes are what was returned, not what was asked").contains("30 giorni");
        Article cod = knowledge.find("payment-methods", "it").orElseThrow();
        assertThat(KnowledgeBase.bestPart(cod, "accettate paypal?").text()).contains("PayPal");
    }

    @Autowired
    KnowledgeAnswers answers;

    @Test
    void howPeopleAskAboutTimeDoesNotMakeTheAssistantUnsure() {
        var express = answers.answer("quanto ci mette la spedizione espressa?", "it").orElseThrow();
        assertThat(express.article().getGroupKey()).isEqualTo("express-shipping");
        assertThat(express.confidence()).as("'ci mette' is how one asks, not what").isGreaterThanOrEqualTo(answers.confidentFrom());
    }

    @Autowired
    ReplyTemplates templates;

    @Test
    void twoContentOwnersAddingTheSameTemplateAtOnceLeaveOneAndTheOtherIsTold() throws Exception {
        String key = "gift-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (String who : List.of("elena", "admin", "paolo", "sara")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    templates.save(key, "it", null, "Confezione regalo", "Ciao {customer}, di " + who, who);
                    return "saved";
                } catch (io.sportello.shared.RuleViolationException e) {
                    return e.rule();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var r : results) {
            outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).contains("saved").allMatch(o -> o.equals("saved") || o.equals("TEMPLATE_ADDED_MEANWHILE"));
        assertThat(templates.all().stream().filter(t -> t.getTemplateKey().equals(key))).hasSize(1);
    }

    @Test
    void anEditorSavingOverAVersionItDidNotSeeIsRefusedNamingWhoSavedIt() {
        var placement = new KnowledgeBase.Placement("orders", null, Visibility.PUBLIC, List.of());
        String key = "wrap-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Article article = knowledge.save(null, key, "it", placement,
                new KnowledgeBase.Draft("Confezione", null, "Costa 3 €.", null), null, false, "elena");
        KnowledgeBase.Base opened = knowledge.base(article.getId()).orElseThrow();
        knowledge.save(article.getId(), key, "it", placement, new KnowledgeBase.Draft("Confezione", null, "Costa 4 €.", null),
                opened, false, "admin");
        assertThatThrownBy(() -> knowledge.save(article.getId(), key, "it", placement,
                new KnowledgeBase.Draft("Confezione", null, "Gratis.", null), opened, true, "elena"))
                .isInstanceOfSatisfying(io.sportello.shared.RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ARTICLE_CHANGED");
                    assertThat(e.arguments()).first().isEqualTo("admin");
                });
        assertThat(knowledge.draftOf(article.getId()).orElseThrow().getBody()).isEqualTo("Costa 4 €.");
        assertThat(knowledge.find(key, "it").orElseThrow().getPublishedVersion()).as("nothing published").isZero();
    }

    @Test
    void translationsAreLinkedAndTheReaderGetsTheirLanguageWhereItExists() {
        assertThat(knowledge.languagesOf("return-window", Audience.PUBLIC)).containsExactly("en", "it");
        assertThat(knowledge.article("return-window", "en", Audience.PUBLIC)).get()
                .extracting(Article::getTitle).isEqualTo("How long do I have to return something?");
        String italianOnly = "solo-italiano-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Article a = knowledge.create(italianOnly, "it", new KnowledgeBase.Placement("shipping", null, Visibility.PUBLIC,
                List.of("return-window")), new KnowledgeBase.Draft("Solo in italiano", null, "Testo.", null), "elena");
        knowledge.publish(a.getId(), "elena");
        assertThat(knowledge.article(italianOnly, "en", Audience.PUBLIC)).as("no English yet: the Italian one")
                .get().extracting(Article::getLanguage).isEqualTo("it");
        assertThat(knowledge.related(knowledge.get(a.getId()), Audience.PUBLIC)).extracting(Article::getGroupKey,
                Article::getLanguage).containsExactly(org.assertj.core.groups.Tuple.tuple("return-window", "it"));
    }

    @Test
    void whatAnEditorTypesIsShownSafely() {
        String html = Markdown.html("## Titolo\n\nTesto <script>alert(1)</script> e [link](javascript:alert(1)) e "
                + "<img src=x onerror=alert(1)> e [portale](/portal)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<h2", "Titolo", "<table>", "<td>1</td>", "href=\"/portal\"")
                .doesNotContain("<script", "javascript:", "<img src=x");
        assertThat(Markdown.parts("Intro.\n\n## Entro quando\n\nHai 30 giorni.\n\n## Come\n\nDal portale."))
                .extracting(Markdown.Part::heading).containsExactly(null, "Entro quando", "Come");
    }

    @Test
    void badArticlesAreRefusedNamingTheField() {
        var placement = new KnowledgeBase.Placement("shipping", null, Visibility.PUBLIC, List.of());
        assertThatThrownBy(() -> knowledge.create("Not A Key", "it", placement, new KnowledgeBase.Draft("T", null, "B", null), "paolo"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("group"));
        assertThatThrownBy(() -> knowledge.create("bad-x", "de", placement, new KnowledgeBase.Draft("T", null, "B", null), "paolo"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("language"));
        assertThatThrownBy(() -> knowledge.create("bad-x", "it", new KnowledgeBase.Placement("nowhere", null, Visibility.PUBLIC,
                List.of()), new KnowledgeBase.Draft("T", null, "B", null), "paolo"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("category"));
        assertThatThrownBy(() -> knowledge.create("bad-x", "it", placement, new KnowledgeBase.Draft(" ", null, "B", null), "paolo"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void searchesThatFoundNothingAreListedForTheContentOwners() {
        var from = clock.instant();
        var to = clock.instant().plusSeconds(1);
        var before = search.counts(from, to);
        String odd = "bitcoin zq" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "k");
        search.searchAndLog(odd, "it", Audience.PUBLIC, 3, KnowledgeSearchLog.Source.HELP_CENTRE);
        search.searchAndLog(" " + odd.toUpperCase(java.util.Locale.ROOT) + "?", "it", Audience.PUBLIC, 3,
                KnowledgeSearchLog.Source.CHAT);
        search.searchAndLog("reso", "it", Audience.PUBLIC, 3, KnowledgeSearchLog.Source.HELP_CENTRE);
        assertThat(search.withoutResults(from, to, 1000)).filteredOn(u -> u.query().equalsIgnoreCase(odd)
                        || u.query().equalsIgnoreCase(odd + "?"))
                .as("the same search typed differently counts as one").singleElement().satisfies(u -> {
                    assertThat(u.times()).isEqualTo(2);
                    assertThat(u.language()).isEqualTo("it");
                });
        assertThat(search.counts(from, to)).isEqualTo(new KnowledgeSearch.Counts(before.searches() + 3,
                before.withoutResults() + 2));
    }

    @Autowired
    KnowledgeReport report;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theReportsCountSearchesDeflectionsByChannelAndWhatReadersSaid() throws Exception {
        java.time.LocalDate day = clock.instant().atZone(java.time.ZoneId.of("Europe/Rome")).toLocalDate();
        var before = report.figures(day, day);
        Article returns = knowledge.find("return-window", "it").orElseThrow();
        knowledge.feedback(returns.getId(), true);
        knowledge.feedback(returns.getId(), false);
        knowledge.deflected("return-window", "it", KnowledgeSearchLog.Source.CHAT, "quanto tempo ho per il reso");
        knowledge.deflected("return-window", "it", KnowledgeSearchLog.Source.CONTACT_FORM, "reso scarpe");
        var after = report.figures(day, day);
        assertThat(after.deflectionsTotal()).isEqualTo(before.deflectionsTotal() + 2);
        assertThat(after.deflections().get(KnowledgeSearchLog.Source.CHAT))
                .isEqualTo(before.deflections().getOrDefault(KnowledgeSearchLog.Source.CHAT, 0L) + 1);
        assertThat(after.feedback()).filteredOn(l -> l.group().equals("return-window") && l.language().equals("it"))
                .singleElement().satisfies(l -> {
                    assertThat(l.helpful()).isGreaterThanOrEqualTo(1);
                    assertThat(l.unhelpful()).isGreaterThanOrEqualTo(1);
                });

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/reports/knowledge")
                        .param("from", day.toString()).param("to", day.minusDays(1).toString())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("elena", "secret")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field").value("to"));
    }
}
