package io.sportello.ui.customer;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.sportello.intake.CustomerPortal;
import io.sportello.survey.SurveyStatus;

/** The link in the survey e-mail: answers the satisfaction question without signing in (the token is the permission). */
@Route(value = "portal/survey/:token", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerPortal portal;

    public SurveyView(CustomerPortal portal) {
        this.portal = portal;
        setMaxWidth("640px");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.Margin.Horizontal.AUTO);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("survey.title")));
        String token = event.getRouteParameters().get("token").orElse("");
        var survey = portal.survey(token);
        if (survey.isEmpty() || survey.get().getStatus() != SurveyStatus.SENT) {
            Paragraph closed = new Paragraph(getTranslation(survey.isPresent() && survey.get().getStatus() == SurveyStatus.ANSWERED
                    ? "survey.already" : "survey.closed"));
            closed.setId("survey-answer");
            add(closed);
            return;
        }
        add(new SurveyForm((score, comment) -> portal.answer(token, score, comment), portal.ticketOfSurvey(survey.get()).getSubject()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.title");
    }
}
