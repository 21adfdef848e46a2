package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.TimeBounds;
import io.sellercenter.shipping.ParcelTracking;
import io.sellercenter.shipping.internal.CarrierEvents;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Shipping")
class CarrierApi {

    private final CarrierEvents events;
    private final ParcelTracking tracking;
    private final JsonMapper json;

    CarrierApi(CarrierEvents events, ParcelTracking tracking, JsonMapper json) {
        this.events = events;
        this.tracking = tracking;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/carrier/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "A carrier's tracking event, signed with X-Carrier-Signature (HMAC-SHA256 of the raw body); repeats are ignored")
    Map<String, Object> event(
            @RequestHeader(name = "X-Carrier-Signature", required = false) String signature, @RequestBody byte[] body) {
        events.verify(body, signature);
        try {
            var node = json.readTree(body);
            var trackingNo = node.path("intlTrackingNo").asString("");
            var code = node.path("actionCode").asString("");
            var occurred = node.path("occurredAt").asString("");
            if (trackingNo.isBlank() || code.isBlank() || occurred.isBlank()) {
                throw new InvalidInputException("intlTrackingNo", "NotBlank");
            }
            var weight = node.path("weightGrams").isNumber()
                    ? node.path("weightGrams").asInt()
                    : null;
            var location =
                    node.path("location").isString() ? node.path("location").asString() : null;
            InputText.require("intlTrackingNo", trackingNo);
            InputText.require("actionCode", code);
            InputText.require("location", location);
            var occurredAt = TimeBounds.require("occurredAt", Instant.parse(occurred));
            events.apply(new CarrierEvents.Event(trackingNo, code, occurredAt, location, weight));
            return Map.of("accepted", true);
        } catch (JacksonException | DateTimeParseException e) {
            throw new InvalidInputException("occurredAt", "INVALID_VALUE");
        }
    }

    @GetMapping("/api/v1/logistics-orders/{id}/tracking")
    @Operation(summary = "The parcel's tracking timeline")
    List<ParcelTracking.TrackingEntry> tracking(CurrentAccount me, @PathVariable long id) {
        return tracking.timeline(me.requirePermission(Permission.SHIPPING), id);
    }
}
