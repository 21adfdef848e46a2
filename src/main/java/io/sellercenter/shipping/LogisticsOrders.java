package io.sellercenter.shipping;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.internal.LogisticsOrderRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logistics orders (R-H5…R-H8, R-H10): one live per order, with its waybill number (UPU S10 for
 * postal channels, the channel's own form otherwise) and the estimated freight held on the deduction
 * account, all in the caller's transaction: nothing half-written, never a second waybill.
 */
@Service
public class LogisticsOrders {

    /** What the seller asks for, checked by the order side for the order's own rules. */
    public record Request(
            ShipmentReference shipment,
            String serviceCode,
            Set<GoodsType> goodsTypes,
            PostalAddress receiver,
            PostalAddress sender,
            PostalAddress pickupAddress,
            List<DeclaredItem> declaredItems,
            LogisticsServices.Parcel parcel,
            Handover handover,
            boolean askPickupOutsideRange,
            UndeliverableDecision undeliverableDecision) {}

    private final JdbcClient jdbc;
    private final LogisticsOrderRepository repository;
    private final LogisticsOrderQueries queries;
    private final LogisticsServices services;
    private final FreightAccounts freight;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LogisticsOrders(
            JdbcClient jdbc,
            LogisticsOrderRepository repository,
            LogisticsOrderQueries queries,
            LogisticsServices services,
            FreightAccounts freight,
            JsonMapper json,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.repository = repository;
        this.queries = queries;
        this.services = services;
        this.freight = freight;
        this.json = json;
        this.clock = clock;
    }

    /** What happened to one request of a batch: the logistics order created, or why not. */
    public record Outcome(long orderId, LogisticsOrderView created, DomainException failure) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public LogisticsOrderView create(SellerId sellerId, Request r) {
        var outcome = createAll(sellerId, List.of(r)).getFirst();
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
    public List<Outcome> createAll(SellerId sellerId, List<Request> requests) {
        var network = services.network();
        var outcomes = new Outcome[requests.size()];
        var planned = new ArrayList<Planned>();
        var seen = new HashSet<Long>();
        for (int i = 0; i < requests.size(); i++) {
            var r = requests.get(i);
            try {
                if (!seen.add(r.shipment().orderId())) {
                    throw new StateConflictException("LOGISTICS_ORDER_EXISTS");
                }
                planned.add(plan(network, r, i));
            } catch (DomainException e) {
                outcomes[i] = new Outcome(r.shipment().orderId(), null, e);
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
            LogisticsOrderStatus status) {}

    private static Planned plan(LogisticsServices.Network network, Request r, int index) {
        var channel = network.channel(r.serviceCode())
                .filter(Channel::enabled)
                .orElseThrow(() -> new InvalidInputException("serviceCode", "UNKNOWN_SERVICE"));
        var option = network.option(
                channel,
                r.parcel(),
                r.shipment().destinationCountry(),
                r.goodsTypes(),
                null,
                (r.pickupAddress() != null ? r.pickupAddress() : r.sender()).zip());
        if (option.unavailableReason() != null) {
            throw network.refusal(option, r.goodsTypes());
        }
        var pickup = r.handover() == Handover.DOOR_PICKUP;
        if (pickup && !option.pickupAvailable()) {
            if (!r.askPickupOutsideRange()) {
                throw new RuleViolationException(Rule.R_H6, "PICKUP_NOT_AVAILABLE");
            }
            // outside every range the nearest warehouse is asked, and answers by a carrier event (R-H6)
            return new Planned(
                    index,
                    r,
                    channel,
                    option.estimatedFreight(),
                    option.transitWarehouse(),
                    LogisticsOrderStatus.AWAITING_PICKUP_ANSWER);
        }
        var warehouse = pickup
                ? option.transitWarehouse()
                : network.collecting(r.sender().zip()).orElse(option.transitWarehouse());
        return new Planned(
                index,
                r,
                channel,
                option.estimatedFreight(),
                warehouse,
                pickup ? LogisticsOrderStatus.AWAITING_PICKUP : LogisticsOrderStatus.AWAITING_DROP_OFF);
    }

    private void insert(SellerId sellerId, List<Planned> planned, Outcome[] outcomes) {
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
            orderIds[i] = r.shipment().orderId();
            freightMinor[i] = p.estimatedFreight().minorUnits();
            String[] row = {
                p.channel().serviceCode(),
                "LP" + String.format("%014d", serials.next()),
                waybill,
                p.status().name(),
                r.handover().name(),
                r.undeliverableDecision().name(),
                p.warehouse().code(),
                r.goodsTypes().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                r.shipment().destinationCountry(),
                json.writeValueAsString(r.receiver()),
                json.writeValueAsString(r.sender()),
                r.pickupAddress() == null ? null : json.writeValueAsString(r.pickupAddress()),
                json.writeValueAsString(r.declaredItems()),
                json.writeValueAsString(r.parcel()),
                p.estimatedFreight().currency().getCurrencyCode(),
                r.shipment().items() == null
                        ? null
                        : json.writeValueAsString(r.shipment().items())
            };
            shipmentNos[i] = r.shipment().shipmentNo();
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
                .params(unnestParams(sellerId.value(), Timestamp.from(now), orderIds, text, freightMinor, shipmentNos))
                .query((RowCallbackHandler) rs -> created.put(rs.getLong(1), rs.getLong(2)));
        var holds = new ArrayList<FreightAccounts.Hold>();
        for (var p : planned) {
            var id = created.get(p.request().shipment().orderId());
            if (id == null) {
                outcomes[p.index()] = new Outcome(
                        p.request().shipment().orderId(), null, new StateConflictException("LOGISTICS_ORDER_EXISTS"));
                continue;
            }
            holds.add(new FreightAccounts.Hold("logistics:" + id, p.estimatedFreight()));
        }
        freight.holdAll(sellerId, holds);
        for (int i = 0; i < n; i++) {
            var p = planned.get(i);
            var id = created.get(p.request().shipment().orderId());
            if (id != null) {
                var r = p.request();
                events.publishEvent(new LogisticsOrderStatusChanged(
                        id, r.shipment().orderId(), sellerId.value(), null, p.status()));
                outcomes[p.index()] = new Outcome(
                        r.shipment().orderId(),
                        new LogisticsOrderView(
                                id,
                                r.shipment().orderId(),
                                text[1][i],
                                text[2][i],
                                p.channel().serviceCode(),
                                p.status(),
                                r.handover(),
                                r.undeliverableDecision(),
                                p.estimatedFreight(),
                                null,
                                p.channel().returnFee(),
                                p.warehouse(),
                                now,
                                p.channel().kind() == Channel.Kind.THIRD_PARTY
                                        ? null
                                        : LogisticsOrderQueries.labelUrl(id),
                                r.shipment().shipmentNo(),
                                r.shipment().items(),
                                p.channel().kind() == Channel.Kind.THIRD_PARTY
                                        ? p.channel().thirdPartySystemUrl()
                                        : null,
                                null,
                                null),
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

    /** R-H6: the domestic courier and tracking number of a parcel sent to the transit warehouse. */
    @Transactional
    public LogisticsOrderView sentByDomesticExpress(SellerId sellerId, long id, String carrier, String trackingNo) {
        var order = repository.lock(sellerId.value(), id).orElseThrow(() -> new NotFoundException("logistics order"));
        order.sentByDomesticExpress(carrier, trackingNo);
        repository.save(order);
        return queries.find(sellerId, id);
    }

    /** Cancels before the parcel is received; the freight hold is released (R-H2). */
    @Transactional
    public LogisticsOrderView cancel(SellerId sellerId, long id) {
        var order = repository.lock(sellerId.value(), id).orElseThrow(() -> new NotFoundException("logistics order"));
        order.cancel(clock.instant());
        repository.save(order);
        freight.release(sellerId, "logistics:" + id, order.estimatedFreight());
        return queries.find(sellerId, id);
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
}
