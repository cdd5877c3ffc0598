package io.sportello.workflow;

import io.sportello.commerce.ShipmentUpdated;
import io.sportello.workflow.ParcelWatch.Messages;
import io.sportello.workflow.ParcelWatch.Vars;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Starts a parcel's watch when the shop hands it to the carrier and tells it each time the parcel moves. A parcel
 * whose watch has ended (delivered, or 30 days without news) and moves again gets a new watch.
 */
@Service
@org.springframework.modulith.NamedInterface("runtime")
public class ParcelWatchProcesses {

    private final RuntimeService runtime;
    private final io.sportello.commerce.CommerceService commerce;

    ParcelWatchProcesses(RuntimeService runtime, io.sportello.commerce.CommerceService commerce) {
        this.runtime = runtime;
        this.commerce = commerce;
    }

    /** A reaction: the parcel was registered or moved. */
    @ApplicationModuleListener
    public void onShipmentUpdated(ShipmentUpdated updated) {
        if (!commerce.lockShipment(updated.shipmentId())) {
            return;
        }
        String key = ParcelWatch.businessKey(updated.shipmentId());
        String change = updated.previousStatus() == null ? "REGISTERED" : updated.statusChanged() ? "STATUS" : "DATE";
        boolean told = !runtime.createMessageCorrelation(Messages.PARCEL_UPDATED).processInstanceBusinessKey(key)
                .setVariable(Vars.PARCEL_CHANGE, change)
                .correlateAllWithResult().isEmpty();
        if (told || runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(ParcelWatch.KEY).active().count() > 0) {
            return;
        }
        if (!updated.statusChanged() || updated.status() != null && updated.status().isFinal() && updated.previousStatus() == null) {
            return; // nothing new for a parcel nobody watches, or one that was already done when the desk first heard of it
        }
        start(updated.shipmentId(), change);
    }

    /** Starts the watch of a parcel; the variables production and the process tests start from. */
    public String start(Long shipmentId, String change) {
        return runtime.startProcessInstanceByKey(ParcelWatch.KEY, ParcelWatch.businessKey(shipmentId),
                startVariables(shipmentId, change)).getId();
    }

    public static Map<String, Object> startVariables(Long shipmentId, String change) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.SHIPMENT_ID, shipmentId);
        vars.put(Vars.PARCEL_CHANGE, change);
        vars.put(Vars.PARCEL_TICKET, null);
        return vars;
    }
}
