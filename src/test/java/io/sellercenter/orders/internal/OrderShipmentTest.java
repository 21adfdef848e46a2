package io.sellercenter.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What one shipment of an order may carry, decided by the order alone: the same answer whether the seller ships online
 * (one order or a batch) or declares a shipment.
 */
class OrderShipmentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static Order waiting() {
        return OrderStateMachineTest.in(OrderStatus.WAIT_SELLER_SEND_GOODS);
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    @DisplayName("R-H1 only an order waiting for shipment (wholly or in part) has a shipment")
    void onlyWaitingOrdersShip(OrderStatus status) {
        var order = OrderStateMachineTest.in(status);
        if (EnumSet.of(OrderStatus.WAIT_SELLER_SEND_GOODS, OrderStatus.SELLER_PART_SEND_GOODS)
                .contains(status)) {
            assertThat(order.shipment(null)).containsExactly(Map.entry(1L, 2));
        } else {
            assertThatThrownBy(() -> order.shipment(null))
                    .isInstanceOf(StateConflictException.class)
                    .extracting("code")
                    .isEqualTo("ORDER_NOT_WAITING_FOR_SHIPMENT");
        }
    }

    @Test
    @DisplayName("R-H9 without quantities a shipment carries everything still to ship")
    void everythingLeft() {
        var order = waiting();
        order.ship(Map.of(1L, 1), NOW, Duration.ofDays(60));
        assertThat(order.status()).isEqualTo(OrderStatus.SELLER_PART_SEND_GOODS);
        assertThat(order.shipment(null)).containsExactly(Map.entry(1L, 1));
    }

    @Test
    @DisplayName("R-H9 a shipment carries at most what is left of each line, and something")
    void quantities() {
        var order = waiting();
        assertThat(order.shipment(Map.of(1L, 1))).containsExactly(Map.entry(1L, 1));
        for (var q : new int[] {-1, 3}) {
            assertThatThrownBy(() -> order.shipment(Map.of(1L, q)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.rule()).isEqualTo(Rule.R_H9.id());
                        assertThat(e.code()).isEqualTo("SHIP_QUANTITY_INVALID");
                    });
        }
        assertThatThrownBy(() -> order.shipment(Map.of(1L, 0)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_TO_SHIP"));
    }

    @Test
    @DisplayName("R-H9 a line of another order is refused beside the items")
    void unknownLine() {
        var items = new HashMap<Long, Integer>();
        items.put(1L, 1);
        items.put(99L, 1);
        assertThatThrownBy(() -> waiting().shipment(items))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("items");
                            assertThat(f.code()).isEqualTo("UNKNOWN_ORDER_LINE");
                        }));
    }

    @Test
    @DisplayName("R-H9 shipping is refused for the same reasons as the shipment it ships, and changes nothing then")
    void shipAsksTheSame() {
        var order = waiting();
        assertThatThrownBy(() -> order.ship(Map.of(1L, 3), NOW, Duration.ofDays(60)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.WAIT_SELLER_SEND_GOODS);
        assertThat(order.shipment(null)).containsExactly(Map.entry(1L, 2));
    }

    @Test
    @DisplayName("R-H3 another service than the buyer's needs the seller to take the dispute risk")
    void serviceMismatch() {
        var order = withBuyerService("CAINIAO_STANDARD");
        assertThat(order.checkService("CAINIAO_STANDARD", false, NOW)).isFalse();
        assertThatThrownBy(() -> order.checkService("CHINA_POST_AIR", false, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.R_H3.id());
                    assertThat(e.code()).isEqualTo("SERVICE_MISMATCH_NOT_CONFIRMED");
                });
        assertThat(order.serviceMismatchConfirmedAt).isNull();
        assertThat(order.checkService("CHINA_POST_AIR", true, NOW)).isTrue();
        assertThat(order.serviceMismatchConfirmedAt)
                .as("the order keeps that the seller took the risk")
                .isEqualTo(NOW);
        assertThat(withBuyerService(null).checkService("CHINA_POST_AIR", false, NOW))
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-H3 the buyer accepting a proposed service makes it the buyer's, only while the order waits for shipment")
    void acceptService() {
        var order = withBuyerService(null);
        order.acceptService("CHINA_POST_AIR");
        assertThat(order.checkService("CHINA_POST_AIR", false, NOW)).isFalse();

        var shipped = OrderStateMachineTest.in(OrderStatus.WAIT_BUYER_ACCEPT_GOODS);
        assertThatThrownBy(() -> shipped.acceptService("CHINA_POST_AIR")).isInstanceOf(StateConflictException.class);
    }

    private static Order withBuyerService(String serviceCode) {
        var o = waiting();
        return new Order(
                o.id,
                o.version,
                o.sellerId,
                o.storeId,
                o.buyerId,
                o.buyerName,
                o.status,
                o.previousStatus,
                o.logisticsStatus,
                o.fundStatus,
                o.frozenStatus,
                o.issueStatus,
                o.endReason,
                serviceCode,
                o.shippingAddressJson,
                o.destinationCountry,
                o.total,
                o.createdAt,
                o.paidAt,
                o.shipBy,
                o.receiptDeadline,
                o.receiptExtendedDays,
                o.cancelReason,
                o.issueReason,
                o.finishedAt,
                o.serviceMismatchConfirmedAt,
                o.lines);
    }
}
