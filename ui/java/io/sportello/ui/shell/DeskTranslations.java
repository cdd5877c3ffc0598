package io.sportello.ui.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The screens' texts from the same bundles, and formatted the same way, as everything else the desk writes (mails,
 * evidence, problem details): always through {@link java.text.MessageFormat}, with or without arguments, so an
 * apostrophe is written {@code ''} everywhere and shown once everywhere. (Vaadin's default provider formats only
 * texts that have arguments, which showed "l''ha aiutata" to customers.)
 */
@Component
class DeskTranslations implements I18NProvider {

    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private final MessageSource messages;

    DeskTranslations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params == null ? new Object[0] : params, locale == null ? Locale.ENGLISH : locale);
        } catch (NoSuchMessageException missing) {
            return "!{" + key + "}!";
        }
    }
}
