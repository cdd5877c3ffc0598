package io.sportello.ui.customer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.sportello.shared.RuleViolationException;

/** The CSAT question: a score from 1 to 5 and an optional comment, answered once. */
class SurveyForm extends VerticalLayout {

    /** Records the chosen score and comment. */
    interface Answer {
        void record(int score, String comment);
    }

    SurveyForm(Answer answerWith, String subject) {
        setPadding(false);
        Paragraph question = new Paragraph(getTranslation("survey.question", subject));
        TextArea comment = new TextArea(getTranslation("survey.comment"));
        comment.setWidthFull();
        comment.setId("survey-comment");
        HorizontalLayout scores = new HorizontalLayout();
        Paragraph answer = new Paragraph();
        answer.setId("survey-answer");
        for (int score = 1; score <= 5; score++) {
            int chosen = score;
            Button b = new Button(getTranslation("survey.score." + score), e -> {
                try {
                    answerWith.record(chosen, comment.getValue());
                    removeAll();
                    answer.setText(getTranslation("survey.thanks"));
                    add(answer);
                } catch (RuleViolationException | io.sportello.shared.NotFoundException ex) {
                    answer.setText(getTranslation("survey.closed"));
                }
            });
            b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            b.setId("survey-score-" + score);
            scores.add(b);
        }
        scores.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap.WRAP);
        add(question, scores, comment, answer);
    }
}
