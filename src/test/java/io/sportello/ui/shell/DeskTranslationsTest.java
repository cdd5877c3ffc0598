package io.sportello.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import io.sportello.SportelloSpringTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Screens and server texts come out of the bundles the same way: an apostrophe shows once, with or without arguments. */
class DeskTranslationsTest extends SportelloSpringTest {

    @Autowired
    I18NProvider screens;
    @Autowired
    MessageSource server;

    @Test
    void apostrophesShowOnceOnScreensAndInMails() {
        assertThat(screens).isInstanceOf(DeskTranslations.class);
        assertThat(screens.getTranslation("survey.title", Locale.ITALIAN)).isEqualTo("Com'è andata?");
        assertThat(screens.getTranslation("contact.error.rate", Locale.ITALIAN)).contains("un po' prima", "un'altra");
        assertThat(screens.getTranslation("merge.explain", Locale.ENGLISH, "Anna")).startsWith("The chosen customer's");
        assertThat(server.getMessage("mail.survey.subject", new Object[] {"SP-1"}, Locale.ITALIAN))
                .isEqualTo("[SP-1] Com'è andata?");
        assertThat(server.getMessage("selfservice.order.human", null, Locale.ITALIAN)).contains("l'ha aiutata");
        assertThat(screens.getTranslation("no.such.key", Locale.ITALIAN)).isEqualTo("!{no.such.key}!");
    }
}
