package io.sportello.ui.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.sportello.security.CurrentUser;
import io.sportello.workflow.DeploymentRecord;
import io.sportello.workflow.ModelInvalidException;
import io.sportello.workflow.ModelProblem;
import io.sportello.workflow.ProcessStudio;
import java.util.List;

/**
 * Validates a model and, when it has no problems, deploys it as a new version with the comment the process
 * owner must give. A model with problems is listed with them and cannot be deployed; nothing changes.
 */
class DeployDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Button deploy = new Button();
    private final VerticalLayout result = new VerticalLayout();

    DeployDialog(ProcessStudio studio, CurrentUser currentUser, byte[] xml, String fileName, Runnable deployed) {
        setHeaderTitle(getTranslation("studio.deploy.title", fileName == null ? "" : fileName));
        setWidth("720px");
        addClassName("deploy-dialog");
        result.setPadding(false);
        List<ModelProblem> problems;
        try {
            problems = studio.validate(xml);
        } catch (RuntimeException e) {
            problems = List.of(new ModelProblem(ModelProblem.Code.PARSE_ERROR, null, e.getMessage()));
        }
        comment.setLabel(getTranslation("studio.deploy.comment"));
        comment.setPlaceholder(getTranslation("studio.deploy.comment.placeholder"));
        comment.setWidthFull();
        comment.setRequiredIndicatorVisible(true);
        comment.setId("deploy-comment");
        deploy.setText(getTranslation("studio.deploy"));
        deploy.setId("deploy-model");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (problems.isEmpty()) {
            Paragraph ok = new Paragraph(getTranslation("studio.valid"));
            ok.addClassName("model-valid");
            ok.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SUCCESS);
            result.add(ok);
        } else {
            result.add(new Paragraph(getTranslation("studio.invalid", problems.size())), ProblemTexts.list(this, problems));
            deploy.setEnabled(false);
            comment.setEnabled(false);
        }
        deploy.addClickListener(e -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("studio.deploy.comment.required"));
                return;
            }
            try {
                DeploymentRecord record = studio.deploy(xml, comment.getValue(), currentUser.require().actor());
                Notification.show(getTranslation("studio.deployed", record.definitionKey(), record.version()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                deployed.run();
            } catch (ModelInvalidException invalid) {
                result.removeAll();
                result.add(new Paragraph(getTranslation("studio.invalid", invalid.getProblems().size())),
                        ProblemTexts.list(this, invalid.getProblems()));
                deploy.setEnabled(false);
            }
        });
        add(result, comment);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), deploy);
    }
}
