package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.internal.CarrierEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipping on its own, without the orders module: a logistics order knows an order only as the shipment it carries
 * ({@link ShipmentReference}), so the module's rules run here on shipments of made-up orders. Accounts runs for the
 * demo seller.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "accounts")
class ShippingModuleTest {

    private static final AtomicLong ORDERS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000);

    private static final PostalAddress SENDER =
            new PostalAddress("陈静", "13800138000", "CN", "Guangdong", "Shenzhen", "18 Xixiang Avenue", "518102");
    private static final PostalAddress BUYER = new PostalAddress(
            "Emma Johnson", "+12135550147", "US", "California", "Los Angeles", "742 Evergreen", "90001");

    private final LogisticsOrders logistics;
    private final LogisticsOrderQueries queries;
    private final CarrierEvents carrier;
    private final FreightAccounts freight;
    private final TransactionTemplate transactions;
    private final CurrentAccount seller;

    ShippingModuleTest(
            LogisticsOrders logistics,
            LogisticsOrderQueries queries,
            CarrierEvents carrier,
            FreightAccounts freight,
            TransactionTemplate transactions,
            AccountLookup accounts) {
        this.logistics = logistics;
        this.queries = queries;
        this.carrier = carrier;
        this.freight = freight;
        this.transactions = transactions;
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
        freight.bind(seller, ProviderCode.ALIPAY_INTL, "seller@alipay.test", "AGR-MODULE-1");
    }

    private SellerId sellerId() {
        return seller.sellerId();
    }

    private static LogisticsOrders.Request request(
            long orderId, String service, GoodsType goods, Handover handover, PostalAddress sender) {
        return new LogisticsOrders.Request(
                new ShipmentReference(orderId, 1, "US", null),
                service,
                Set.of(goods),
                BUYER,
                sender,
                handover == Handover.DOOR_PICKUP ? sender : null,
                List.of(new DeclaredItem("Earbuds", "耳机", "851830", 1, new BigDecimal("19.90"), 80)),
                new LogisticsServices.Parcel(150, new BigDecimal("12"), new BigDecimal("10"), new BigDecimal("6")),
                handover,
                false,
                UndeliverableDecision.RETURN);
    }

    /** What the deduction account holds, in minor units of the freight's currency. */
    private long held() {
        return freight.held(sellerId()).stream()
                .filter(m -> m.currency().getCurrencyCode().equals("CNY"))
                .mapToLong(m -> m.minorUnits())
                .sum();
    }

    private LogisticsOrderView create(LogisticsOrders.Request r) {
        return transactions.execute(status -> logistics.create(sellerId(), r));
    }

    @Test
    @DisplayName("R-H2 R-H8 R-H10 one logistics order per shipment, its waybill, and the estimated freight held once")
    void oncePerShipment() {
        var order = ORDERS.incrementAndGet();
        var before = held();
        var created = create(request(order, "CAINIAO_STANDARD", GoodsType.GENERAL, Handover.SELF_SEND, SENDER));

        assertThat(created.status()).isEqualTo(LogisticsOrderStatus.AWAITING_DROP_OFF);
        assertThat(created.intlTrackingNo()).startsWith("LP");
        assertThat(held()).isEqualTo(before + created.estimatedFreight().minorUnits());
        assertThatThrownBy(
                        () -> create(request(order, "CAINIAO_STANDARD", GoodsType.GENERAL, Handover.SELF_SEND, SENDER)))
                .isInstanceOfSatisfying(
                        StateConflictException.class, e -> assertThat(e.code()).isEqualTo("LOGISTICS_ORDER_EXISTS"));
        assertThat(queries.forOrder(sellerId(), order)).singleElement().satisfies(v -> {
            assertThat(v.logisticsOrderId()).isEqualTo(created.logisticsOrderId());
            assertThat(v.shipmentNo()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("R-H4 R-H6 goods the channel refuses, or a pickup outside every collection range, create nothing")
    void channelRules() {
        var order = ORDERS.incrementAndGet();
        assertThatThrownBy(() ->
                        create(request(order, "CAINIAO_SUPER_ECONOMY", GoodsType.BATTERY, Handover.SELF_SEND, SENDER)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-H4");
                    assertThat(e.code()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");
                });
        var beijing = new PostalAddress("陈静", "13800138000", "CN", "Beijing", "Beijing", "1 Chang'an Avenue", "100000");
        assertThatThrownBy(() ->
                        create(request(order, "CAINIAO_STANDARD", GoodsType.GENERAL, Handover.DOOR_PICKUP, beijing)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-H6");
                    assertThat(e.code()).isEqualTo("PICKUP_NOT_AVAILABLE");
                });
        assertThat(queries.forOrder(sellerId(), order)).isEmpty();
    }

    @Test
    @DisplayName(
            "R-H13 the carrier's events move the parcel forward only; delivery is published for the order to follow")
    void carrierEvents(PublishedEvents events) {
        var order = ORDERS.incrementAndGet();
        var created = create(request(order, "CAINIAO_STANDARD", GoodsType.GENERAL, Handover.SELF_SEND, SENDER));
        var waybill = created.intlTrackingNo();
        var at = Instant.parse("2026-12-01T08:00:00Z");

        carrier.apply(new CarrierEvents.Event(waybill, "SC_INBOUND_SUCCESS", at, "Shenzhen", 180));
        carrier.apply(new CarrierEvents.Event(waybill, "LH_DEPART", at.plusSeconds(3600), "Shenzhen", null));
        carrier.apply(new CarrierEvents.Event(waybill, "SC_INBOUND_SUCCESS", at.plusSeconds(7200), "Shenzhen", 180));
        assertThat(queries.find(sellerId(), created.logisticsOrderId()).status())
                .isEqualTo(LogisticsOrderStatus.IN_TRANSIT);

        carrier.apply(new CarrierEvents.Event(waybill, "GTMS_SIGNED", at.plusSeconds(86_400), "Los Angeles", null));
        var delivered = queries.find(sellerId(), created.logisticsOrderId());
        assertThat(delivered.status()).isEqualTo(LogisticsOrderStatus.DELIVERED);
        assertThat(delivered.actualFreight()).isNotNull();
        assertThat(events.ofType(ParcelDelivered.class).matching(e -> e.orderId() == order))
                .hasSize(1);
    }

    @Test
    @DisplayName("R-H2 cancelling before the parcel is received releases the hold; afterwards it is refused")
    void cancel() {
        var order = ORDERS.incrementAndGet();
        var before = held();
        var created = create(request(order, "CAINIAO_STANDARD", GoodsType.GENERAL, Handover.SELF_SEND, SENDER));

        var cancelled = logistics.cancel(sellerId(), created.logisticsOrderId());

        assertThat(cancelled.status()).isEqualTo(LogisticsOrderStatus.CANCELLED);
        assertThat(cancelled.labelUrl()).isNull();
        assertThat(held()).isEqualTo(before);
        assertThatThrownBy(() -> logistics.cancel(sellerId(), created.logisticsOrderId()))
                .isInstanceOf(StateConflictException.class);
    }
}
