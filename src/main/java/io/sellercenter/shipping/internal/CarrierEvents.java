package io.sellercenter.shipping.internal;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.LogisticsOrders.Status;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.ParcelDelivered;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

    private static final Map<String, Status> MOVES = Map.ofEntries(
            Map.entry("PU_PICKUP_SUCCESS", Status.AWAITING_DROP_OFF),
            Map.entry("SC_INBOUND_SUCCESS", Status.RECEIVED),
            Map.entry("SC_OUTBOUND_SUCCESS", Status.DISPATCHED),
            Map.entry("LH_DEPART", Status.IN_TRANSIT),
            Map.entry("LH_ARRIVE", Status.IN_TRANSIT),
            Map.entry("CC_EX_SUCCESS", Status.IN_TRANSIT),
            Map.entry("CC_IM_SUCCESS", Status.IN_TRANSIT),
            Map.entry("GTMS_DELIVERING", Status.IN_TRANSIT),
            Map.entry("GTMS_SIGNED", Status.DELIVERED),
            Map.entry("GTMS_DEL_FAILURE", Status.UNDELIVERABLE),
            Map.entry("RT_DESTROY", Status.DESTROYED),
            Map.entry("RETURNED", Status.RETURNED));

    private final JdbcClient jdbc;
    private final LogisticsServices services;
    private final FreightAccounts freight;
    private final Clock clock;
    private final byte[] secret;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final DeliveryCompensation compensation;

    CarrierEvents(
            JdbcClient jdbc,
            LogisticsServices services,
            FreightAccounts freight,
            Clock clock,
            JsonMapper json,
            ApplicationEventPublisher events,
            DeliveryCompensation compensation,
            @Value("${sellercenter.carrier-secret:${SELLERCENTER_CARRIER_SECRET:}}") String secret) {
        this.jdbc = jdbc;
        this.services = services;
        this.freight = freight;
        this.clock = clock;
        this.json = json;
        this.events = events;
        this.compensation = compensation;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses (401) a body without this platform's carrier signature; no secret configured refuses all. */
    public void verify(byte[] body, String signature) {
        if (secret.length == 0
                || signature == null
                || !MessageDigest.isEqual(
                        sign(body).getBytes(), signature.toLowerCase().getBytes())) {
            throw new SignatureException();
        }
    }

    String sign(byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The logistics order as an event finds it, locked. */
    private record Parcel(
            long id,
            long sellerId,
            long orderId,
            String serviceCode,
            Status status,
            Money estimatedFreight,
            String packageJson,
            String destination,
            String undeliverableDecision,
            Instant createdAt) {}

    @Transactional
    public void apply(Event e) {
        var next = MOVES.get(e.actionCode());
        if (next == null) {
            throw new InvalidInputException("actionCode", "UNKNOWN_ACTION_CODE");
        }
        var parcel = jdbc.sql("""
                        select id, seller_id, order_id, service_code, status, estimated_freight_minor, currency, package, destination_country, undeliverable_decision, created_at
                        from logistics_orders where intl_tracking_no = ? and status <> 'CANCELLED' for update""")
                .param(e.intlTrackingNo())
                .query((rs, n) -> new Parcel(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        Status.valueOf(rs.getString(5)),
                        new Money(rs.getLong(6), Currency.getInstance(rs.getString(7))),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("waybill"));
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
        var reference = "logistics:" + parcel.id();
        if (next == Status.RECEIVED && parcel.status().name().startsWith("AWAITING")) {
            if (e.weightGrams() == null || e.weightGrams() <= 0) {
                throw new InvalidInputException("weightGrams", "WEIGHT_REQUIRED");
            }
            var actual = actualFreight(channel, parcel, e.weightGrams());
            freight.settleHold(parcel.sellerId(), reference, parcel.estimatedFreight(), actual);
            jdbc.sql("update logistics_orders set actual_freight_minor = ? where id = ?")
                    .params(actual.minorUnits(), parcel.id())
                    .update();
        }
        if (next == Status.UNDELIVERABLE && parcel.undeliverableDecision().equals("RETURN")) {
            freight.charge(parcel.sellerId(), "return:" + reference, channel.returnFee());
        }
        var promised = parcel.createdAt().plus(Duration.ofDays(channel.deliveryDays()));
        if (next == Status.DELIVERED && e.occurredAt().isAfter(promised)) {
            compensation.credit(parcel.id());
        }
        var moved = jdbc.sql("""
                        update logistics_orders set version = version + 1, status = ?
                        where id = ? and status not in ('DELIVERED', 'RETURNED', 'DESTROYED')""").params(next.name(), parcel.id()).update();
        if (moved == 1 && next == Status.DELIVERED) {
            events.publishEvent(new ParcelDelivered(parcel.sellerId(), parcel.orderId(), parcel.id(), e.occurredAt()));
        }
    }

    /** Actual freight on the weighed (or volumetric) weight with the destination zone's rate. */
    private Money actualFreight(Channel channel, Parcel parcel, int weighed) {
        var rate = channel.rates().stream()
                .filter(r -> r.serves(parcel.destination()))
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

    static class SignatureException extends DomainException {
        SignatureException() {
            super("INVALID_SIGNATURE");
        }

        @Override
        public int status() {
            return 401;
        }
    }
}
