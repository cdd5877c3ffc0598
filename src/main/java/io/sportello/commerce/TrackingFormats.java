package io.sportello.commerce;

import static io.sportello.commerce.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tracking platforms' webhook bodies, normalised to {@link ShipmentStatus}: AfterShip (and platforms that copy
 * its tags: {@code tag}/{@code subtag} with a list of checkpoints), Qapla' (status codes and Italian descriptions), and
 * carrier words in Italian and English for anything that only sends text.
 */
final class TrackingFormats {

    private TrackingFormats() {
    }

    /** AfterShip's {@code tracking_update} webhook: {@code msg} holds the tracking with all its checkpoints. */
    static TrackingUpdate afterShip(String source, JsonNode body) {
        JsonNode msg = body.has("msg") ? body.path("msg") : body.has("data") ? body.path("data").path("tracking") : body;
        String code = text(msg, "tracking_number");
        if (code == null) {
            throw new UnreadableCommerceEventException("msg.tracking_number", "required");
        }
        List<TrackingUpdate.Checkpoint> checkpoints = new ArrayList<>();
        for (JsonNode c : msg.path("checkpoints")) {
            ShipmentStatus status = afterShipTag(text(c, "tag"), text(c, "subtag"));
            Instant at = ShopifyFormat.first(Json.instant(c, "checkpoint_time"), Json.instant(c, "created_at"));
            if (status == null || at == null) {
                continue;
            }
            checkpoints.add(new TrackingUpdate.Checkpoint(status, ShopifyFormat.first(text(c, "subtag"), text(c, "tag")),
                    ShopifyFormat.first(text(c, "message"), text(c, "subtag_message")), place(c), at));
        }
        if (checkpoints.isEmpty()) {
            ShipmentStatus status = afterShipTag(text(msg, "tag"), text(msg, "subtag"));
            Instant at = ShopifyFormat.first(Json.instant(msg, "updated_at"), Json.instant(body, "ts"));
            if (status != null && at != null) {
                checkpoints.add(new TrackingUpdate.Checkpoint(status, ShopifyFormat.first(text(msg, "subtag"), text(msg, "tag")),
                        text(msg, "subtag_message"), null, at));
            }
        }
        if (checkpoints.isEmpty()) {
            throw new UnreadableCommerceEventException("msg.tag", "no status AfterShip names: " + text(msg, "tag"));
        }
        java.time.LocalDate expected = ShopifyFormat.first(Json.date(msg, "expected_delivery"),
                Json.date(msg.path("courier_estimated_delivery_date"), "estimated_delivery_date"),
                Json.date(msg.path("aftership_estimated_delivery_date"), "estimated_delivery_date"));
        String order = ShopifyFormat.first(text(msg, "order_number"), text(msg, "order_id"));
        return new TrackingUpdate(source, ShopifyFormat.first(text(body, "event_id"), text(msg, "id") == null ? null
                : text(msg, "id") + "@" + text(body, "ts")), text(msg, "slug"), code, order, expected, checkpoints);
    }

    /** AfterShip's tags; returns to the sender are an {@code Exception} subtag. */
    static ShipmentStatus afterShipTag(String tag, String subtag) {
        if (tag == null) {
            return null;
        }
        String sub = subtag == null ? "" : subtag;
        return switch (tag.replace("_", "").toLowerCase(Locale.ROOT)) {
            case "pending", "inforeceived" -> ShipmentStatus.INFO_RECEIVED;
            case "intransit" -> ShipmentStatus.IN_TRANSIT;
            case "outfordelivery" -> ShipmentStatus.OUT_FOR_DELIVERY;
            case "attemptfail" -> ShipmentStatus.FAILED_ATTEMPT;
            case "availableforpickup" -> ShipmentStatus.AVAILABLE_FOR_PICKUP;
            case "delivered" -> ShipmentStatus.DELIVERED;
            case "exception" -> sub.equals("Exception_010") || sub.equals("Exception_011")
                    ? ShipmentStatus.RETURNED_TO_SENDER : ShipmentStatus.EXCEPTION;
            case "expired" -> ShipmentStatus.EXCEPTION;
            default -> null;
        };
    }

    /**
     * Qapla''s shipments webhook (version 1.2); null for a return shipment: one status change per call, {@code qaplaStatusID} with its Italian
     * label, the carrier's own words in {@code courierStatus}, {@code statusDetails} saying what an exception is
     * (1 GIACENZA: held for the customer to collect; 2 returning to the sender), the shop's order in {@code reference}.
     */
    static TrackingUpdate qapla(String source, JsonNode body) {
        String code = text(body, "trackingNumber");
        if (code == null) {
            throw new UnreadableCommerceEventException("trackingNumber", "required");
        }
        if ("1".equals(text(body, "return"))) {
            return null; // a return shipment (the customer sends goods back): not the parcel the desk watches
        }
        String id = text(body, "qaplaStatusID");
        String detail = null;
        Integer detailId = null;
        for (JsonNode d : body.path("statusDetails")) {
            detail = ShopifyFormat.first(text(d, "detail"), detail);
            detailId = d.hasNonNull("id") ? Integer.valueOf(d.get("id").asInt()) : detailId;
        }
        ShipmentStatus status = qaplaStatus(id, detailId);
        if (status == null) {
            status = fromWords(ShopifyFormat.first(detail, text(body, "courierStatus"), text(body, "qaplaStatus")));
        }
        if (status == null) {
            throw new UnreadableCommerceEventException("qaplaStatusID", "unknown status " + id);
        }
        Instant at = Json.instant(body, "date");
        if (at == null) {
            throw new UnreadableCommerceEventException("date", "required");
        }
        String label = Json.joined(text(body, "qaplaStatus"), detail);
        return new TrackingUpdate(source, null, text(body, "courier"), code, text(body, "reference"), null,
                List.of(new TrackingUpdate.Checkpoint(status,
                        id == null ? label : id + " " + (label == null ? "" : label), text(body, "courierStatus"),
                        text(body, "place"), at)));
    }

    /** Qapla''s canonical statuses ({@code getQaplaStatus}); an exception reads by its detail. */
    static ShipmentStatus qaplaStatus(String id, Integer detail) {
        if (id == null || !id.strip().matches("\\d+")) {
            return null;
        }
        return switch (Integer.parseInt(id.strip())) {
            case 0, 1, 2 -> ShipmentStatus.INFO_RECEIVED;
            case 20, 3, 50, 8 -> ShipmentStatus.IN_TRANSIT;
            case 4 -> ShipmentStatus.OUT_FOR_DELIVERY;
            case 5 -> ShipmentStatus.FAILED_ATTEMPT;
            case 10 -> ShipmentStatus.AVAILABLE_FOR_PICKUP;
            case 6 -> detail == null ? ShipmentStatus.EXCEPTION : switch (detail) {
                case 1 -> ShipmentStatus.AVAILABLE_FOR_PICKUP;
                case 2 -> ShipmentStatus.RETURNED_TO_SENDER;
                default -> ShipmentStatus.EXCEPTION;
            };
            case 95 -> ShipmentStatus.RETURNED_TO_SENDER;
            case 99 -> ShipmentStatus.DELIVERED;
            default -> null;
        };
    }

    /** A carrier's words in Italian or English ("in giacenza", "mancata consegna", "out for delivery"). */
    static ShipmentStatus fromWords(String words) {
        if (words == null) {
            return null;
        }
        String w = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        if (w.matches(".*(reso al mittente|rientro al mittente|in restituzione|return(ed)? to sender|returning to sender).*")) {
            return ShipmentStatus.RETURNED_TO_SENDER;
        }
        if (w.matches(".*(giacenza|fermopoint|punto di ritiro|ritiro presso|disponibile per il ritiro|pick ?up point|available for pick ?up|ready for pick ?up|locker).*")) {
            return ShipmentStatus.AVAILABLE_FOR_PICKUP;
        }
        if (w.matches(".*(mancata consegna|tentata consegna|destinatario assente|tentativo di consegna|attempt(ed)? delivery|delivery attempt|failed attempt).*")) {
            return ShipmentStatus.FAILED_ATTEMPT;
        }
        if (w.matches(".*(in consegna|in distribuzione|out for delivery|with courier for delivery).*")) {
            return ShipmentStatus.OUT_FOR_DELIVERY;
        }
        if (w.matches(".*(consegnat|delivered).*")) {
            return ShipmentStatus.DELIVERED;
        }
        if (w.matches(".*(anomalia|eccezione|danneggiat|smarrit|exception|damaged|lost|delay|ritardo|bloccat|held).*")) {
            return ShipmentStatus.EXCEPTION;
        }
        if (w.matches(".*(in transito|partit|in viaggio|arrivat|hub|centro di smistamento|lavorazione|in transit|departed|arrived|picked up|ritirat).*")) {
            return ShipmentStatus.IN_TRANSIT;
        }
        if (w.matches(".*(presa in carico|registrat|etichetta|dati ricevuti|label|info received|information received|created).*")) {
            return ShipmentStatus.INFO_RECEIVED;
        }
        return null;
    }

    private static String place(JsonNode c) {
        return ShopifyFormat.first(text(c, "location"), Json.joined(text(c, "city"), text(c, "state"), text(c, "country_name")));
    }
}
