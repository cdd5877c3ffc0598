package io.sportello.ui.customer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.ui.component.BoundedUpload;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.sportello.shared.FieldException;
import io.sportello.intake.ContactForm;
import io.sportello.ticket.Category;
import io.sportello.ui.component.UploadTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The public contact form (no sign-in): structured fields, files, a honeypot field hidden from people, and the ticket
 * number as the answer.
 */
@Route(value = "contact", autoLayout = false)
@AnonymousAllowed
public class ContactView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final ContactForm form;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField orderNumber = new TextField();
    private final Select<Category> topic = new Select<>();
    private final TextArea message = new TextArea();
    private final TextField website = new TextField();
    private final List<ContactForm.File> files = new CopyOnWriteArrayList<>();
    private final Div result = new Div();
    private final Button send = new Button();

    private final io.sportello.ui.help.ArticleSuggestions suggestions;

    public ContactView(ContactForm form, io.sportello.knowledge.KnowledgeBase knowledge,
                       io.sportello.knowledge.KnowledgeSearch search) {
        this.form = form;
        // articles that may answer the message, while the customer writes it: answered there, no ticket
        this.suggestions = new io.sportello.ui.help.ArticleSuggestions(knowledge, search,
                io.sportello.knowledge.KnowledgeSearchLog.Source.CONTACT_FORM, message, this::answeredByArticle);
        setMaxWidth("640px");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
        name.setLabel(getTranslation("contact.name"));
        name.setId("contact-name");
        email.setLabel(getTranslation("contact.email"));
        email.setId("contact-email");
        orderNumber.setLabel(getTranslation("contact.order"));
        orderNumber.setHelperText(getTranslation("contact.order.help"));
        orderNumber.setId("contact-order");
        topic.setLabel(getTranslation("contact.topic"));
        topic.setItems(Category.ORDER_STATUS, Category.SHIPPING, Category.RETURN, Category.PAYMENT, Category.PRODUCT,
                Category.ACCOUNT, Category.TECHNICAL, Category.OTHER);
        topic.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
        topic.setId("contact-topic");
        message.setLabel(getTranslation("contact.message"));
        message.setMinHeight("160px");
        message.setId("contact-message");
        // honeypot: off-screen, skipped by keyboard and screen readers; only bots fill it in
        website.setLabel(getTranslation("contact.website"));
        website.setId("contact-website");
        website.setTabIndex(-1);
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        website.addClassName("honeypot");
        // the limits hold on the server too: the browser's own checks are only a courtesy
        Upload upload = new Upload(new BoundedUpload(ContactForm.MAX_FILES, ContactForm.MAX_FILE_BYTES,
                ContactForm.MAX_TOTAL_BYTES, files::size, () -> files.stream().mapToLong(f -> f.content().length).sum(),
                (name, data) -> files.add(new ContactForm.File(name, data))));
        UploadTexts.apply(upload);
        upload.setMaxFiles(ContactForm.MAX_FILES);
        upload.setMaxFileSize((int) ContactForm.MAX_FILE_BYTES);
        upload.setId("contact-files");
        send.setText(getTranslation("contact.send"));
        send.setId("contact-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        result.setId("contact-result");
        add(new H1(getTranslation("contact.title")), new Paragraph(getTranslation("contact.intro")), name, email,
                orderNumber, topic, message, suggestions, website, upload, send, result);
        for (var field : List.of(name, email, orderNumber, message)) {
            field.setWidthFull();
        }
        topic.setWidthFull();
    }

    /** Coming from the help centre, the search (or the article's question) is already in the message. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").map(String::strip)
                .filter(q -> !q.isEmpty() && message.isEmpty())
                .ifPresent(q -> message.setValue(q.length() > 500 ? q.substring(0, 500) : q));
        suggestions.refresh();
    }

    /** An article answered the customer's question: the form is done, nothing is sent. */
    private void answeredByArticle() {
        message.clear();
    }

    private void submit() {
        name.setInvalid(false);
        email.setInvalid(false);
        message.setInvalid(false);
        topic.setInvalid(false);
        result.removeAll();
        String client = ClientAddress.current();
        try {
            ContactForm.Result answer = form.submit(new ContactForm.Submission(name.getValue(), email.getValue(),
                    orderNumber.getValue(), topic.getValue(), message.getValue(), new ArrayList<>(files),
                    website.getValue(), getLocale().getLanguage()), client);
            Paragraph done = new Paragraph(answer.ticketNumber() != null
                    ? getTranslation("contact.done", answer.ticketNumber()) : getTranslation("contact.doneNoNumber"));
            done.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.FontWeight.SEMIBOLD);
            result.add(done);
            message.clear();
            files.clear();
        } catch (FieldException e) {
            String text = getTranslation("contact.error." + e.field());
            switch (e.field()) {
                case "name" -> invalid(name, text);
                case "email" -> invalid(email, text);
                case "message", "messageLength" -> invalid(message, text);
                case "orderNumber" -> invalid(orderNumber, text);
                case "files" -> {
                    Paragraph error = new Paragraph(text);
                    error.addClassNames(LumoUtility.TextColor.ERROR);
                    result.add(error);
                }
                default -> {
                    topic.setErrorMessage(text);
                    topic.setInvalid(true);
                }
            }
        } catch (ContactForm.TooManyRequestsException e) {
            Paragraph error = new Paragraph(getTranslation("contact.error.rate"));
            error.addClassNames(LumoUtility.TextColor.ERROR);
            result.add(error);
        }
    }

    private static void invalid(TextField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static void invalid(EmailField field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static void invalid(TextArea field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.title");
    }
}
