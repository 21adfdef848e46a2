package io.sellercenter.shipping;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.internal.LogisticsOrderRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logistics orders (R-H5…R-H8, R-H10): one live per order, with its waybill number (UPU S10 for
 * postal channels, the channel's own form otherwise) and the estimated freight held on the deduction
 * account, all in the caller's transaction: nothing half-written, never a second waybill.
 */
@Service
public class LogisticsOrders {

    public enum Status {
        CREATED,
        AWAITING_PICKUP,
        AWAITING_DROP_OFF,
        RECEIVED,
        DISPATCHED,
        IN_TRANSIT,
        DELIVERED,
        UNDELIVERABLE,
        RETURNED,
        DESTROYED,
        CANCELLED
    }

    /** What the seller asks for, checked by the order side for the order's own rules. */
    public record Request(
            long sellerId,
            long orderId,
            String serviceCode,
            String goodsType,
            Map<String, String> receiver,
            Map<String, String> sender,
            Map<String, String> pickupAddress,
            List<Map<String, Object>> declaredItems,
            LogisticsServices.Parcel parcel,
            String pickupType,
            String undeliverableDecision,
            String destinationCountry,
            int shipmentNo,
            Map<Long, Integer> items) {}

    public record View(
            long logisticsOrderId,
            long orderId,
            String lpNumber,
            String intlTrackingNo,
            String serviceCode,
            Status status,
            String pickupType,
            String undeliverableDecision,
            Money estimatedFreight,
            Money actualFreight,
            Money returnFee,
            TransitWarehouse transitWarehouse,
            Instant createdAt,
            String labelUrl,
            int shipmentNo,
            Map<Long, Integer> items) {}

    private final JdbcClient jdbc;
    private final LogisticsOrderRepository repository;
    private final LogisticsServices services;
    private final FreightAccounts freight;
    private final JsonMapper json;
    private final Clock clock;

    LogisticsOrders(
            JdbcClient jdbc,
            LogisticsOrderRepository repository,
            LogisticsServices services,
            FreightAccounts freight,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.services = services;
        this.freight = freight;
        this.json = json;
        this.clock = clock;
    }

    /** What happened to one request of a batch: the logistics order created, or why not. */
    public record Outcome(long orderId, View created, DomainException failure) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public View create(Request r) {
        var outcome = createAll(r.sellerId(), List.of(r)).getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.created();
    }

    /**
     * Creates many logistics orders in one statement: each request is checked on its own, the
     * waybill serials come in one query, the rows and their freight holds are inserted set-based, and
     * an order that already has a live logistics order is refused without undoing the others. Without a
     * bound deduction account (R-H2) the freight hold refuses them all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> createAll(long sellerId, List<Request> requests) {
        var network = services.network();
        var outcomes = new Outcome[requests.size()];
        var planned = new ArrayList<Planned>();
        var seen = new HashSet<Long>();
        for (int i = 0; i < requests.size(); i++) {
            var r = requests.get(i);
            try {
                if (!seen.add(r.orderId())) {
                    throw new StateConflictException("LOGISTICS_ORDER_EXISTS");
                }
                planned.add(plan(network, r, i));
            } catch (DomainException e) {
                outcomes[i] = new Outcome(r.orderId(), null, e);
            }
        }
        if (!planned.isEmpty()) {
            insert(sellerId, planned, outcomes);
        }
        return List.of(outcomes);
    }

    private record Planned(
            int index,
            Request request,
            Channel channel,
            Money estimatedFreight,
            TransitWarehouse warehouse,
            Status status) {}

    private static Planned plan(LogisticsServices.Network network, Request r, int index) {
        var channel = network.channel(r.serviceCode())
                .filter(Channel::enabled)
                .orElseThrow(() -> new InvalidInputException("serviceCode", "UNKNOWN_SERVICE"));
        var option = network.option(
                channel,
                r.parcel(),
                r.destinationCountry(),
                Set.of(r.goodsType()),
                null,
                postalCode(r.pickupAddress(), r.sender()));
        if (option.unavailableReason() != null) {
            // the goods are R-H4's; weight, size and destination are the channel's own limits
            throw option.unavailableReason().equals("GOODS_TYPE_NOT_ACCEPTED")
                    ? new RuleViolationException(Rule.R_H4, option.unavailableReason())
                    : RuleViolationException.unnumbered(option.unavailableReason());
        }
        var pickup = r.pickupType().equals("DOOR_PICKUP");
        if (pickup && !option.pickupAvailable()) {
            throw new RuleViolationException(Rule.R_H6, "PICKUP_NOT_AVAILABLE");
        }
        var warehouse = pickup
                ? option.transitWarehouse()
                : network.collecting(postalCode(null, r.sender())).orElse(option.transitWarehouse());
        return new Planned(
                index,
                r,
                channel,
                option.estimatedFreight(),
                warehouse,
                pickup ? Status.AWAITING_PICKUP : Status.AWAITING_DROP_OFF);
    }

    private void insert(long sellerId, List<Planned> planned, Outcome[] outcomes) {
        var n = planned.size();
        var postal = (int) planned.stream()
                .filter(p -> p.channel().kind() == Channel.Kind.POSTAL)
                .count();
        var s10 = serials("s10_serial", postal).iterator();
        var serials = serials("waybill_serial", 2 * n - postal).iterator();
        var orderIds = new long[n];
        var freightMinor = new long[n];
        String[][] text = new String[16][n];
        var shipmentNos = new int[n];
        for (int i = 0; i < n; i++) {
            var p = planned.get(i);
            var r = p.request();
            var waybill = p.channel().kind() == Channel.Kind.POSTAL
                    ? S10.of(p.channel().waybillPrefix(), s10.next(), "CN")
                    : p.channel().waybillPrefix() + String.format("%014d", serials.next());
            orderIds[i] = r.orderId();
            freightMinor[i] = p.estimatedFreight().minorUnits();
            String[] row = {
                p.channel().serviceCode(),
                "LP" + String.format("%014d", serials.next()),
                waybill,
                p.status().name(),
                r.pickupType(),
                r.undeliverableDecision(),
                p.warehouse().code(),
                r.goodsType(),
                r.destinationCountry(),
                json.writeValueAsString(r.receiver()),
                json.writeValueAsString(r.sender()),
                r.pickupAddress() == null ? null : json.writeValueAsString(r.pickupAddress()),
                json.writeValueAsString(r.declaredItems()),
                json.writeValueAsString(r.parcel()),
                p.estimatedFreight().currency().getCurrencyCode(),
                r.items() == null ? null : json.writeValueAsString(r.items())
            };
            shipmentNos[i] = r.shipmentNo();
            for (int c = 0; c < row.length; c++) {
                text[c][i] = row[c];
            }
        }
        var now = clock.instant();
        var created = new HashMap<Long, Long>();
        jdbc.sql("""
                        insert into logistics_orders (version, seller_id, order_id, service_code, lp_number, intl_tracking_no,
                          status, pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country,
                          receiver, sender, pickup_address, declared_items, package, currency, items, estimated_freight_minor, shipment_no,
                          created_at)
                        select 0, ?, u.*, ? from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::bigint[], ?::int[]) as u
                        on conflict (order_id, shipment_no) where status <> 'CANCELLED' do nothing
                        returning order_id, id""")
                .params(unnestParams(sellerId, Timestamp.from(now), orderIds, text, freightMinor, shipmentNos))
                .query((RowCallbackHandler) rs -> created.put(rs.getLong(1), rs.getLong(2)));
        var holds = new ArrayList<FreightAccounts.Hold>();
        for (var p : planned) {
            var id = created.get(p.request().orderId());
            if (id == null) {
                outcomes[p.index()] =
                        new Outcome(p.request().orderId(), null, new StateConflictException("LOGISTICS_ORDER_EXISTS"));
                continue;
            }
            holds.add(new FreightAccounts.Hold("logistics:" + id, p.estimatedFreight()));
        }
        freight.holdAll(sellerId, holds);
        for (int i = 0; i < n; i++) {
            var p = planned.get(i);
            var id = created.get(p.request().orderId());
            if (id != null) {
                var r = p.request();
                outcomes[p.index()] = new Outcome(
                        r.orderId(),
                        new View(
                                id,
                                r.orderId(),
                                text[1][i],
                                text[2][i],
                                p.channel().serviceCode(),
                                p.status(),
                                r.pickupType(),
                                r.undeliverableDecision(),
                                p.estimatedFreight(),
                                null,
                                p.channel().returnFee(),
                                p.warehouse(),
                                now,
                                "/api/v1/logistics-orders/" + id + "/label",
                                r.shipmentNo(),
                                r.items()),
                        null);
            }
        }
    }

    private static Object[] unnestParams(
            long sellerId, Timestamp now, long[] orderIds, String[][] text, long[] freightMinor, int[] shipmentNos) {
        var params = new Object[3 + text.length + 2];
        params[0] = sellerId;
        params[1] = now;
        params[2] = orderIds;
        System.arraycopy(text, 0, params, 3, text.length);
        params[params.length - 2] = freightMinor;
        params[params.length - 1] = shipmentNos;
        return params;
    }

    /** Cancels before the parcel is received; the freight hold is released (R-H2). */
    @Transactional
    public View cancel(long sellerId, long id) {
        var order = repository.lock(sellerId, id).orElseThrow(() -> new NotFoundException("logistics order"));
        order.cancel(clock.instant());
        repository.save(order);
        freight.release(sellerId, "logistics:" + id, order.estimatedFreight());
        return find(sellerId, id);
    }

    @Transactional(readOnly = true)
    public View find(long sellerId, long id) {
        return jdbc.sql(SELECT + " where l.id = ? and l.seller_id = ?")
                .params(id, sellerId)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("logistics order"));
    }

    /** The live logistics orders of an order, one per shipment, in shipment order. */
    @Transactional(readOnly = true)
    public List<View> forOrder(long sellerId, long orderId) {
        return jdbc.sql(
                        SELECT
                                + " where l.order_id = ? and l.seller_id = ? and l.status <> 'CANCELLED' order by l.shipment_no")
                .params(orderId, sellerId)
                .query(this::map)
                .list();
    }

    /** How many live logistics orders each of these orders has. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> liveCounts(long sellerId, long[] orderIds) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("""
                        select order_id, count(*) from logistics_orders
                        where seller_id = ? and order_id = any(?) and status <> 'CANCELLED' group by order_id""").params(sellerId, orderIds).query((RowCallbackHandler)
                rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    /** The seller's logistics orders among {@code ids}, by id; others' and unknown ones are left out. */
    @Transactional(readOnly = true)
    public Map<Long, View> findAll(long sellerId, List<Long> ids) {
        var found = new HashMap<Long, View>();
        jdbc.sql(SELECT + " where l.id = any(?) and l.seller_id = ?")
                .params(ids.stream().mapToLong(Long::longValue).toArray(), sellerId)
                .query(this::map)
                .list()
                .forEach(v -> found.put(v.logisticsOrderId(), v));
        return found;
    }

    /** The live logistics orders of these orders, in the order given; orders without one are left out. */
    @Transactional(readOnly = true)
    public List<View> forOrders(long sellerId, long[] orderIds) {
        return jdbc.sql(SELECT + " join unnest(?::bigint[]) with ordinality u(order_id, n) on u.order_id = l.order_id"
                        + " where l.seller_id = ? and l.status <> 'CANCELLED' order by u.n")
                .params(orderIds, sellerId)
                .query(this::map)
                .list();
    }

    /**
     * The seller's logistics orders in any of {@code statuses} (all when empty), newest first; {@code q} holds one or
     * more order numbers, LP numbers or waybills, separated by spaces, commas or new lines (R-H15: find many at once).
     */
    @Transactional(readOnly = true)
    public Page<View> list(long sellerId, Set<Status> statuses, String q, PageRequest page) {
        var where = """
                 where l.seller_id = ? and (cardinality(?::text[]) = 0 or l.status = any(?::text[]))
                   and (cardinality(?::text[]) = 0 or l.order_id = any(?::bigint[]) or l.lp_number = any(?::text[])
                        or l.intl_tracking_no = any(?::text[]))""";
        var s = statuses.stream().map(Enum::name).toArray(String[]::new);
        var tokens = searchTokens(q);
        var numbers = Arrays.stream(tokens)
                .filter(t -> t.matches("[0-9]{1,18}"))
                .map(Long::valueOf)
                .toArray(Long[]::new);
        Object[] params = {sellerId, s, s, tokens, numbers, tokens, tokens};
        var total = jdbc.sql("select count(*) from logistics_orders l " + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        SELECT + " " + where + " order by l.id desc limit " + page.size() + " offset " + page.offset())
                .params(params)
                .query(this::map)
                .list();
        return Page.of(items, page, total);
    }

    /** How many of the seller's logistics orders are in each status; statuses with none are left out. */
    @Transactional(readOnly = true)
    public Map<Status, Long> counts(long sellerId) {
        var counts = new EnumMap<Status, Long>(Status.class);
        jdbc.sql("select status, count(*) from logistics_orders where seller_id = ? group by status")
                .param(sellerId)
                .query((RowCallbackHandler) rs -> counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    private static String[] searchTokens(String q) {
        return q == null || q.isBlank() ? new String[0] : q.trim().split("[\\s,;，；]+");
    }

    private static final String SELECT = """
            select l.*, w.name as w_name, w.sort_code as w_sort_code, w.address as w_address, w.postal_prefixes as w_prefixes,
                   c.return_fee_minor
            from logistics_orders l
            join transit_warehouses w on w.code = l.transit_warehouse_code
            join logistics_channels c on c.service_code = l.service_code""";

    private View map(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        var actual = rs.getObject("actual_freight_minor");
        return new View(
                rs.getLong("id"),
                rs.getLong("order_id"),
                rs.getString("lp_number"),
                rs.getString("intl_tracking_no"),
                rs.getString("service_code"),
                Status.valueOf(rs.getString("status")),
                rs.getString("pickup_type"),
                rs.getString("undeliverable_decision"),
                new Money(rs.getLong("estimated_freight_minor"), currency),
                actual == null ? null : new Money(((Number) actual).longValue(), currency),
                new Money(rs.getLong("return_fee_minor"), currency),
                new TransitWarehouse(
                        rs.getString("transit_warehouse_code"),
                        rs.getString("w_name"),
                        rs.getString("w_sort_code"),
                        rs.getString("w_address"),
                        LogisticsServices.split(rs.getString("w_prefixes"))),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("status").equals("CANCELLED")
                        ? null
                        : "/api/v1/logistics-orders/" + rs.getLong("id") + "/label",
                rs.getInt("shipment_no"),
                rs.getString("items") == null
                        ? null
                        : json.readValue(rs.getString("items"), new TypeReference<Map<Long, Integer>>() {}));
    }

    private List<Long> serials(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('" + sequence + "') from generate_series(1, ?)")
                .param(count)
                .query(Long.class)
                .list();
    }

    private static String postalCode(Map<String, String> preferred, Map<String, String> fallback) {
        var address = preferred != null ? preferred : fallback;
        return address == null ? null : address.get("zip");
    }
}
