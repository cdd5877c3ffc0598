package io.sportello.ui.studio;

import io.sportello.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.sportello.security.CurrentUser;
import io.sportello.shared.NotFoundException;
import io.sportello.ui.component.BpmnDiagram;
import io.sportello.workflow.ModelKind;
import io.sportello.workflow.ModelVersion;
import io.sportello.workflow.ProcessStudio;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;

/**
 * Edits a model version as the starting point of a new version: BPMN in the bpmn-js modeler with the Camunda 7
 * properties panel, decision tables cell by cell. "Validate and deploy" checks the edited model and deploys it
 * with a comment; until then nothing changes.
 */
@Route("studio/edit/:definitionId")
@RolesAllowed({Role.Names.PROCESS_OWNER, Role.Names.ADMIN})
public class ModelEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ProcessStudio studio;
    private final CurrentUser currentUser;
    final BpmnDiagram modeler = new BpmnDiagram();
    final DecisionTableEditor decisionTable = new DecisionTableEditor(true);
    final Button deploy = new Button();
    private final H2 title = new H2();
    private ModelVersion version;
    private boolean leaving;
    private boolean tableEdited;

    public ModelEditorView(ProcessStudio studio, CurrentUser currentUser) {
        this.studio = studio;
        this.currentUser = currentUser;
        setSizeFull();
        Button back = new Button(getTranslation("studio.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(StudioView.class)));
        deploy.setText(getTranslation("studio.validateDeploy"));
        deploy.setId("validate-deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.addClickListener(e -> openDeploy());
        HorizontalLayout header = new HorizontalLayout(back, title, deploy);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        Paragraph hint = new Paragraph(getTranslation("studio.editor.hint"));
        hint.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.SECONDARY, com.vaadin.flow.theme.lumo.LumoUtility.Margin.NONE);
        modeler.setHeight("calc(100vh - 230px)");
        decisionTable.addEditListener(() -> tableEdited = true);
        add(header, hint, modeler, decisionTable);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("definitionId").orElse("");
        try {
            version = studio.version(id);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("studio.notFound"));
            return;
        }
        title.setText(getTranslation("studio.editor.title", version.name() != null ? version.name() : version.key(),
                version.version()));
        byte[] model = studio.model(id);
        boolean bpmn = version.kind() == ModelKind.BPMN;
        modeler.setVisible(bpmn);
        decisionTable.setVisible(!bpmn);
        if (bpmn) {
            modeler.edit(new String(model, StandardCharsets.UTF_8));
        } else {
            decisionTable.show(model);
        }
    }

    void openDeploy() {
        String file = ProcessStudio.fileName(version);
        if (version.kind() == ModelKind.DMN) {
            new DeployDialog(studio, currentUser, decisionTable.edited(), file, this::deployed).open();
        } else {
            modeler.readXml(xml -> new DeployDialog(studio, currentUser, xml.getBytes(StandardCharsets.UTF_8), file,
                    this::deployed).open());
        }
    }

    private void deployed() {
        leaving = true;
        getUI().ifPresent(ui -> ui.navigate(StudioView.class));
    }

    /** Whether the model was changed in the browser and not deployed. */
    boolean hasUnsavedChanges() {
        return !leaving && (modeler.isDirty() || tableEdited);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction go = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("studio.leave.title"), getTranslation("studio.leave.text"),
                getTranslation("studio.leave.confirm"), e -> {
                    leaving = true;
                    go.proceed();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("studio.leave.stay"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.editor.pageTitle");
    }
}
