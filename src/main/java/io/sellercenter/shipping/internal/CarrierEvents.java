package io.sellercenter.shipping.internal;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.BodySignature;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.ParcelDelivered;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carrier's signed tracking events (HMAC-SHA256 of the raw body): each moves the logistics order
 * along and joins its timeline once. Weighing at the transit warehouse charges the actual freight
 * from the rate table and gives the rest of the hold back.
 */
@Service
public class CarrierEvents {

    public record Event(
            String intlTrackingNo, String actionCode, Instant occurredAt, String location, Integer weightGrams) {}

    /** The platform's tracking action codes this carrier feed reports (reference: aliexpress-domain.md). */
    private static final Set<String> ACTION_CODES = Set.of(
            "PICKUP_ACCEPTED",
            "PICKUP_DECLINED",
            "PU_PICKUP_SUCCESS",
            "SC_INBOUND_SUCCESS",
            "SC_OUTBOUND_SUCCESS",
            "LH_DEPART",
            "LH_ARRIVE",
            "CC_EX_SUCCESS",
            "CC_IM_SUCCESS",
            "GTMS_DELIVERING",
            "GTMS_SIGNED",
            "GTMS_DEL_FAILURE",
            "RT_DESTROY",
            "RETURNED");

    private final JdbcClient jdbc;
    private final LogisticsOrderRepository orders;
    private final LogisticsServices services;
    private final FreightAccounts freight;
    private final Clock clock;
    private final String secret;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final DeliveryCompensation compensation;

    CarrierEvents(
            JdbcClient jdbc,
            LogisticsOrderRepository orders,
            LogisticsServices services,
            FreightAccounts freight,
            Clock clock,
            JsonMapper json,
            ApplicationEventPublisher events,
            DeliveryCompensation compensation,
            @Value("${sellercenter.carrier-secret:${SELLERCENTER_CARRIER_SECRET:}}") String secret) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.services = services;
        this.freight = freight;
        this.clock = clock;
        this.json = json;
        this.events = events;
        this.compensation = compensation;
        this.secret = secret;
    }

    /** Refuses (401) a body without this platform's carrier signature; no secret configured refuses all. */
    public void verify(byte[] body, String signature) {
        BodySignature.verify(secret, body, signature);
    }

    /**
     * Records the event on the parcel's timeline once and lets the logistics order decide what it does: a move
     * forward, or nothing for a late, repeated or out-of-order one. Money follows the move only.
     */
    @Transactional
    public void apply(Event e) {
        if (!ACTION_CODES.contains(e.actionCode())) {
            throw new InvalidInputException("actionCode", "UNKNOWN_ACTION_CODE");
        }
        var parcel = orders.lockByWaybill(e.intlTrackingNo()).orElseThrow(() -> new NotFoundException("waybill"));
        var inserted = jdbc.sql("""
                        insert into tracking_events (logistics_order_id, action_code, location, weight_grams, occurred_at, received_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        parcel.id(),
                        e.actionCode(),
                        e.location(),
                        e.weightGrams(),
                        Timestamp.from(e.occurredAt()),
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return;
        }
        var channel = services.channel(parcel.serviceCode()).orElseThrow();
        var move = switch (e.actionCode()) {
            case "PICKUP_ACCEPTED" -> parcel.pickupAccepted();
            case "PICKUP_DECLINED" -> parcel.pickupDeclined();
            case "PU_PICKUP_SUCCESS" -> parcel.pickedUp();
            case "SC_INBOUND_SUCCESS" ->
                parcel.received(e.weightGrams(), grams -> actualFreight(channel, parcel, grams));
            case "SC_OUTBOUND_SUCCESS" -> parcel.dispatched();
            case "GTMS_SIGNED" -> parcel.delivered();
            case "GTMS_DEL_FAILURE" -> parcel.undeliverable();
            case "RT_DESTROY" -> parcel.destroyed();
            case "RETURNED" -> parcel.returned();
            default -> parcel.inTransit();
        };
        if (move.from() == move.to()) {
            return;
        }
        orders.save(parcel);
        var reference = "logistics:" + parcel.id();
        if (move.to(LogisticsOrderStatus.RECEIVED)) {
            freight.settleHold(parcel.sellerId(), reference, parcel.estimatedFreight(), parcel.actualFreight());
        }
        if (move.to(LogisticsOrderStatus.UNDELIVERABLE) && parcel.returnsWhenUndeliverable()) {
            freight.charge(parcel.sellerId(), "return:" + reference, channel.returnFee());
        }
        if (move.to(LogisticsOrderStatus.DELIVERED)) {
            if (e.occurredAt().isAfter(parcel.createdAt().plus(Duration.ofDays(channel.deliveryDays())))) {
                compensation.credit(parcel.id());
            }
            events.publishEvent(
                    new ParcelDelivered(parcel.sellerId().value(), parcel.orderId(), parcel.id(), e.occurredAt()));
        }
    }

    /** Actual freight on the weighed (or volumetric) weight with the destination zone's rate. */
    private Money actualFreight(Channel channel, LogisticsOrder parcel, int weighed) {
        var rate = channel.rates().stream()
                .filter(r -> r.serves(parcel.destinationCountry()))
                .findFirst()
                .orElse(channel.rates().getFirst());
        var dims = json.readTree(parcel.packageJson());
        var size = new LogisticsServices.Parcel(
                weighed,
                new BigDecimal(dims.path("lengthCm").asString()),
                new BigDecimal(dims.path("widthCm").asString()),
                new BigDecimal(dims.path("heightCm").asString()));
        return LogisticsServices.freight(rate, LogisticsServices.chargeableGrams(size, rate));
    }
}
