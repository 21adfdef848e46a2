package io.sellercenter.shipping.internal;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shipping.LogisticsOrders.Status;
import io.sellercenter.shipping.LogisticsServices;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carrier's signed tracking events (HMAC-SHA256 of the raw body): each moves the logistics order
 * along and joins its timeline once. Weighing at the transit warehouse charges the actual freight
 * from the rate table and gives the rest of the hold back.
 */
@Service
public class CarrierEvents {

    public record Event(
            String intlTrackingNo, String actionCode, Instant occurredAt, String location, Integer weightGrams) {}

    public record TrackingEntry(String actionCode, String description, String location, Instant occurredAt) {}

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
    private final org.springframework.context.MessageSource messages;

    CarrierEvents(
            JdbcClient jdbc,
            LogisticsServices services,
            FreightAccounts freight,
            Clock clock,
            org.springframework.context.MessageSource messages,
            @Value("${sellercenter.carrier-secret:${SELLERCENTER_CARRIER_SECRET:}}") String secret) {
        this.jdbc = jdbc;
        this.services = services;
        this.freight = freight;
        this.clock = clock;
        this.messages = messages;
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
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void apply(Event e) {
        if (!MOVES.containsKey(e.actionCode())) {
            throw new InvalidInputException("actionCode", "UNKNOWN_ACTION_CODE");
        }
        var order = jdbc.sql("""
                        select id, seller_id, service_code, status, estimated_freight_minor, currency, package, destination_country,
                               undeliverable_decision, actual_freight_minor, created_at
                        from logistics_orders where intl_tracking_no = ? and status <> 'CANCELLED' for update""")
                .param(e.intlTrackingNo())
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getObject(10),
                    rs.getTimestamp(11).toInstant()
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("waybill"));
        long id = (long) order[0];
        var inserted = jdbc.sql("""
                        insert into tracking_events (logistics_order_id, action_code, location, weight_grams, occurred_at, received_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        id,
                        e.actionCode(),
                        e.location(),
                        e.weightGrams(),
                        Timestamp.from(e.occurredAt()),
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return;
        }
        var next = MOVES.get(e.actionCode());
        if (next == Status.RECEIVED && order[3].toString().startsWith("AWAITING")) {
            if (e.weightGrams() == null || e.weightGrams() <= 0) {
                throw new InvalidInputException("weightGrams", "WEIGHT_REQUIRED");
            }
            var currency = java.util.Currency.getInstance((String) order[5]);
            var held = new Money((long) order[4], currency);
            var actual = actualFreight((String) order[2], (String) order[7], (String) order[6], e.weightGrams());
            freight.settleHold((long) order[1], "logistics:" + id, held, actual);
            jdbc.sql("update logistics_orders set actual_freight_minor = ? where id = ?")
                    .params(actual.minorUnits(), id)
                    .update();
        }
        var seller = (long) order[1];
        var channel = services.channel((String) order[2]).orElseThrow();
        if (next == Status.UNDELIVERABLE && "RETURN".equals(order[8])) {
            freight.charge(seller, "return:logistics:" + id, channel.returnFee());
        }
        var promised = ((Instant) order[10]).plus(java.time.Duration.ofDays(channel.deliveryDays()));
        var actualFreight = (Number) jdbc.sql("select actual_freight_minor from logistics_orders where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (next == Status.DELIVERED && actualFreight != null && e.occurredAt().isAfter(promised)) {
            // compensation rule: a delivery later than the promised days earns the freight paid back, capped at the
            // estimate
            var paid = Math.min(actualFreight.longValue(), (long) order[4]);
            freight.compensate(
                    seller,
                    "logistics:" + id,
                    new Money(paid, channel.returnFee().currency()));
        }
        jdbc.sql(
                        "update logistics_orders set version = version + 1, status = ? where id = ? and status not in ('DELIVERED', 'RETURNED', 'DESTROYED')")
                .params(next.name(), id)
                .update();
    }

    @Transactional(readOnly = true)
    public List<TrackingEntry> timeline(long sellerId, long logisticsOrderId) {
        var owned = jdbc.sql("select count(*) > 0 from logistics_orders where id = ? and seller_id = ?")
                .params(logisticsOrderId, sellerId)
                .query(Boolean.class)
                .single();
        if (!owned) {
            throw new NotFoundException("logistics order");
        }
        return jdbc.sql(
                        "select action_code, location, occurred_at from tracking_events where logistics_order_id = ? order by occurred_at, id")
                .param(logisticsOrderId)
                .query((rs, n) -> new TrackingEntry(
                        rs.getString(1),
                        messages.getMessage(
                                "tracking." + rs.getString(1),
                                null,
                                rs.getString(1),
                                org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Actual freight on the weighed (or volumetric) weight with the same zone's rate. */
    private Money actualFreight(String serviceCode, String destination, String packageJson, int weighed) {
        var channel = services.channel(serviceCode).orElseThrow();
        var rate = channel.rates().stream()
                .filter(r -> r.serves(destination))
                .findFirst()
                .orElse(channel.rates().getFirst());
        var dims = tools.jackson.databind.json.JsonMapper.builder().build().readTree(packageJson);
        var parcel = new LogisticsServices.Parcel(
                weighed,
                new BigDecimal(dims.path("lengthCm").asString()),
                new BigDecimal(dims.path("widthCm").asString()),
                new BigDecimal(dims.path("heightCm").asString()));
        return LogisticsServices.freight(rate, LogisticsServices.chargeableGrams(parcel, rate));
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
