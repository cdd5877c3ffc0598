package io.sportello.ui.desk.workspace;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import io.sportello.desk.AllowedActions;
import io.sportello.desk.DeskAction;
import io.sportello.ui.desk.workspace.WorkspaceEvents.ActionChosen;

/** The action bar: exactly the actions the desk allows this person now ({@code TicketDesk.allowedActions}). */
class ActionBar extends HorizontalLayout {

    ActionBar() {
        setId("actions");
        addClassName(com.vaadin.flow.theme.lumo.LumoUtility.FlexWrap.WRAP);
    }

    void show(AllowedActions allowed, String me) {
        removeAll();
        boolean claimedByMe = allowed.task().map(t -> me.equals(t.assignee())).orElse(false);
        if (allowed.allows(DeskAction.CLAIM) && !claimedByMe) {
            add(button(DeskAction.CLAIM, "action.claim", "action-claim"));
        }
        if (allowed.allows(DeskAction.RELEASE) && claimedByMe) {
            add(button(DeskAction.RELEASE, "action.unclaim", "action-unclaim"));
        }
        if (allowed.allows(DeskAction.ESCALATE)) {
            add(button(DeskAction.ESCALATE, "action.escalate", "action-escalate"));
        }
        if (allowed.allows(DeskAction.WAIT_FOR_CUSTOMER)) {
            add(button(DeskAction.WAIT_FOR_CUSTOMER, "action.pend", "action-pend"));
        }
        if (allowed.allows(DeskAction.RESOLVE)) {
            Button resolve = button(DeskAction.RESOLVE, "action.resolve", "action-resolve");
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            add(resolve);
        }
        if (allowed.allows(DeskAction.REOPEN)) {
            add(button(DeskAction.REOPEN, "action.reopen", "action-reopen"));
        }
        if (allowed.allows(DeskAction.LOG_CALL)) {
            add(button(DeskAction.LOG_CALL, "action.logCall", "action-log-call"));
        }
    }

    private Button button(DeskAction action, String key, String id) {
        Button b = new Button(getTranslation(key), e -> fireEvent(new ActionChosen(this, action)));
        b.setId(id);
        return b;
    }

    Registration onAction(ComponentEventListener<ActionChosen> listener) {
        return addListener(ActionChosen.class, listener);
    }
}
