package io.sellercenter.shipping.internal;

import static io.sellercenter.shipping.LogisticsOrderStatus.*;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.Term;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.UndeliverableDecision;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A logistics order as its carrier events and the seller move it, by the transition table of DESIGN.md. One verb
 * per event; each moves only forward along the table, so a late, repeated or out-of-order event stays on the
 * timeline and moves nothing: the status never goes back, and money follows a move (weighing, return fee,
 * delivery), never the event itself, so nothing is charged twice. Events of the line haul that arrive before the
 * weighing wait on the timeline; the parcel moves on from {@code RECEIVED} with the next event after it.
 */
public final class LogisticsOrder {

    /** Where each status may go next: the main line with the carrier's missed events skipped, then its ends. */
    static final Map<LogisticsOrderStatus, Set<LogisticsOrderStatus>> NEXT = Map.ofEntries(
            Map.entry(
                    CREATED,
                    EnumSet.of(AWAITING_PICKUP_ANSWER, AWAITING_PICKUP, AWAITING_DROP_OFF, RECEIVED, CANCELLED)),
            Map.entry(AWAITING_PICKUP_ANSWER, EnumSet.of(AWAITING_PICKUP, AWAITING_DROP_OFF, RECEIVED, CANCELLED)),
            Map.entry(AWAITING_PICKUP, EnumSet.of(AWAITING_DROP_OFF, RECEIVED, CANCELLED)),
            Map.entry(AWAITING_DROP_OFF, EnumSet.of(RECEIVED, CANCELLED)),
            Map.entry(RECEIVED, EnumSet.of(DISPATCHED, IN_TRANSIT, DELIVERED, UNDELIVERABLE)),
            Map.entry(DISPATCHED, EnumSet.of(IN_TRANSIT, DELIVERED, UNDELIVERABLE)),
            Map.entry(IN_TRANSIT, EnumSet.of(DELIVERED, UNDELIVERABLE)),
            Map.entry(UNDELIVERABLE, EnumSet.of(RETURNED, DESTROYED)),
            Map.entry(DELIVERED, EnumSet.noneOf(LogisticsOrderStatus.class)),
            Map.entry(RETURNED, EnumSet.noneOf(LogisticsOrderStatus.class)),
            Map.entry(DESTROYED, EnumSet.noneOf(LogisticsOrderStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(LogisticsOrderStatus.class)));

    /** What an event did: {@code from} and {@code to} are equal when it moved nothing. */
    public record Move(LogisticsOrderStatus from, LogisticsOrderStatus to) {
        public boolean to(LogisticsOrderStatus status) {
            return from != to && to == status;
        }
    }

    private final long id;
    private final long sellerId;
    private final long orderId;
    private final String serviceCode;
    private final Money estimatedFreight;
    private final UndeliverableDecision undeliverableDecision;
    private final String destinationCountry;
    private final String packageJson;
    private final Instant createdAt;
    private LogisticsOrderStatus status;
    private LogisticsOrderStatus savedStatus;
    private Money actualFreight;
    private Instant cancelledAt;
    private String domesticCarrier;
    private String domesticTrackingNo;

    LogisticsOrder(
            long id,
            long sellerId,
            long orderId,
            String serviceCode,
            Money estimatedFreight,
            UndeliverableDecision undeliverableDecision,
            String destinationCountry,
            String packageJson,
            Instant createdAt,
            LogisticsOrderStatus status,
            Money actualFreight,
            Instant cancelledAt,
            String domesticCarrier,
            String domesticTrackingNo) {
        this.id = id;
        this.sellerId = sellerId;
        this.orderId = orderId;
        this.serviceCode = serviceCode;
        this.estimatedFreight = estimatedFreight;
        this.undeliverableDecision = undeliverableDecision;
        this.destinationCountry = destinationCountry;
        this.packageJson = packageJson;
        this.createdAt = createdAt;
        this.status = status;
        this.savedStatus = status;
        this.actualFreight = actualFreight;
        this.cancelledAt = cancelledAt;
        this.domesticCarrier = domesticCarrier;
        this.domesticTrackingNo = domesticTrackingNo;
    }

    /** PICKUP_ACCEPTED: the warehouse asked outside its range will collect after all (R-H6). */
    Move pickupAccepted() {
        return status == AWAITING_PICKUP_ANSWER ? moveTo(AWAITING_PICKUP) : new Move(status, status);
    }

    /** PICKUP_DECLINED: it will not; the parcel goes to it by domestic express (R-H6). */
    Move pickupDeclined() {
        return status == AWAITING_PICKUP_ANSWER ? moveTo(AWAITING_DROP_OFF) : new Move(status, status);
    }

    /** PU_PICKUP_SUCCESS: the transit warehouse's courier has the parcel; it is on its way to be weighed. */
    Move pickedUp() {
        return moveTo(AWAITING_DROP_OFF);
    }

    /**
     * SC_INBOUND_SUCCESS: weighed at the transit warehouse, which needs the weight; the actual freight on it is
     * charged when this moves. A late weighing moves and weighs nothing.
     */
    Move received(Integer weightGrams, IntFunction<Money> freightFor) {
        if (!NEXT.get(status).contains(RECEIVED)) {
            return new Move(status, status);
        }
        if (weightGrams == null || weightGrams <= 0) {
            throw new InvalidInputException("weightGrams", "WEIGHT_REQUIRED");
        }
        actualFreight = freightFor.apply(weightGrams);
        return moveTo(RECEIVED);
    }

    /** SC_OUTBOUND_SUCCESS. */
    Move dispatched() {
        return moveTo(DISPATCHED);
    }

    /** The line haul, customs and the last mile under way (LH_*, CC_*, GTMS_DELIVERING). */
    Move inTransit() {
        return moveTo(IN_TRANSIT);
    }

    /** GTMS_SIGNED. */
    Move delivered() {
        return moveTo(DELIVERED);
    }

    /** GTMS_DEL_FAILURE: returned for a fee or destroyed, as the seller decided when creating it (R-H7). */
    Move undeliverable() {
        return moveTo(UNDELIVERABLE);
    }

    /** RETURNED. */
    Move returned() {
        return moveTo(RETURNED);
    }

    /** RT_DESTROY. */
    Move destroyed() {
        return moveTo(DESTROYED);
    }

    /**
     * R-H6: outside every collection range the parcel goes to the transit warehouse by domestic express; the seller
     * records the courier and its tracking number, which the warehouse matches against the double-packed parcel. Only
     * while the warehouse still awaits it; a correction replaces what was recorded.
     */
    public void sentByDomesticExpress(String carrier, String trackingNo) {
        if (status != AWAITING_DROP_OFF) {
            throw new StateConflictException("DROP_OFF_NOT_AWAITED", Term.of("logistics.status", status));
        }
        domesticCarrier = carrier;
        domesticTrackingNo = trackingNo;
    }

    /** The seller cancels; only before the parcel is received (R-H2: the hold is released). */
    public Move cancel(Instant now) {
        if (!NEXT.get(status).contains(CANCELLED)) {
            throw StateConflictException.illegalTransition("logistics.status", status, CANCELLED);
        }
        cancelledAt = now;
        return moveTo(CANCELLED);
    }

    private Move moveTo(LogisticsOrderStatus next) {
        var from = status;
        if (NEXT.get(from).contains(next)) {
            status = next;
        }
        return new Move(from, status);
    }

    /** The status it had when loaded or last saved, when a move since changed it; the save publishes the move. */
    Optional<LogisticsOrderStatus> unsavedMoveFrom() {
        return status == savedStatus ? Optional.empty() : Optional.of(savedStatus);
    }

    void saved() {
        savedStatus = status;
    }

    boolean returnsWhenUndeliverable() {
        return undeliverableDecision == UndeliverableDecision.RETURN;
    }

    String destinationCountry() {
        return destinationCountry;
    }

    String packageJson() {
        return packageJson;
    }

    public long id() {
        return id;
    }

    public SellerId sellerId() {
        return new SellerId(sellerId);
    }

    public long orderId() {
        return orderId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Money estimatedFreight() {
        return estimatedFreight;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public LogisticsOrderStatus status() {
        return status;
    }

    Money actualFreight() {
        return actualFreight;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String domesticCarrier() {
        return domesticCarrier;
    }

    String domesticTrackingNo() {
        return domesticTrackingNo;
    }
}
