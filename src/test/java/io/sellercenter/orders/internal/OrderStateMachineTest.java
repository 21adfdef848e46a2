package io.sellercenter.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every business verb of the order in every status: legal where the table allows it, 409 elsewhere. */
class OrderStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static Order in(OrderStatus status) {
        var line = new Order.Line(
                1,
                10,
                "SKU-1",
                "Earbuds",
                GoodsType.GENERAL,
                Map.of("color", "Black"),
                2,
                0,
                Money.of("9.90", "USD"),
                3,
                5,
                "CN");
        var previous = switch (status) {
            case IN_CANCEL -> OrderStatus.WAIT_SELLER_SEND_GOODS;
            case IN_ISSUE, IN_FROZEN -> OrderStatus.WAIT_BUYER_ACCEPT_GOODS;
            default -> null;
        };
        return new Order(
                1,
                0,
                1,
                1,
                1,
                "Ann",
                status,
                previous,
                "NO_LOGISTICS",
                status == OrderStatus.PLACE_ORDER_SUCCESS ? "NOT_PAY" : "PAY_SUCCESS",
                "NO_FROZEN",
                "NO_ISSUE",
                null,
                null,
                "{}",
                "US",
                Money.of("19.80", "USD"),
                NOW,
                status == OrderStatus.PLACE_ORDER_SUCCESS ? null : NOW,
                NOW.plusSeconds(86400),
                NOW.plus(Duration.ofDays(60)),
                0,
                null,
                null,
                null,
                null,
                List.of(line));
    }

    record Verb(String name, Consumer<Order> action, Set<OrderStatus> legalFrom) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Verb> verbs() {
        return List.of(
                new Verb("paid", o -> o.paid(NOW), EnumSet.of(OrderStatus.PLACE_ORDER_SUCCESS)),
                new Verb("passRiskControl", Order::passRiskControl, EnumSet.of(OrderStatus.RISK_CONTROL)),
                new Verb("cancelUnpaid", Order::cancelUnpaid, EnumSet.of(OrderStatus.PLACE_ORDER_SUCCESS)),
                new Verb(
                        "ship",
                        o -> o.ship(Map.of(1L, 2), NOW, Duration.ofDays(60)),
                        EnumSet.of(OrderStatus.WAIT_SELLER_SEND_GOODS, OrderStatus.SELLER_PART_SEND_GOODS)),
                new Verb(
                        "requestCancel",
                        o -> o.requestCancel("changed my mind"),
                        EnumSet.of(OrderStatus.RISK_CONTROL, OrderStatus.WAIT_SELLER_SEND_GOODS)),
                new Verb("acceptCancel", Order::acceptCancel, EnumSet.of(OrderStatus.IN_CANCEL)),
                new Verb("refuseCancel", Order::refuseCancel, EnumSet.of(OrderStatus.IN_CANCEL)),
                new Verb("notShipped", Order::notShipped, EnumSet.of(OrderStatus.WAIT_SELLER_SEND_GOODS)),
                new Verb("confirmReceipt", Order::confirmReceipt, EnumSet.of(OrderStatus.WAIT_BUYER_ACCEPT_GOODS)),
                new Verb("fundsReleased", Order::fundsReleased, EnumSet.of(OrderStatus.FUND_PROCESSING)),
                new Verb(
                        "openDispute",
                        o -> o.openDispute("not received"),
                        EnumSet.of(OrderStatus.SELLER_PART_SEND_GOODS, OrderStatus.WAIT_BUYER_ACCEPT_GOODS)),
                new Verb("resolveDisputeWithRefund", o -> o.resolveDispute(true), EnumSet.of(OrderStatus.IN_ISSUE)),
                new Verb(
                        "freeze",
                        Order::freeze,
                        EnumSet.of(
                                OrderStatus.RISK_CONTROL,
                                OrderStatus.WAIT_SELLER_SEND_GOODS,
                                OrderStatus.SELLER_PART_SEND_GOODS,
                                OrderStatus.WAIT_BUYER_ACCEPT_GOODS)),
                new Verb("unfreeze", Order::unfreeze, EnumSet.of(OrderStatus.IN_FROZEN)));
    }

    static Stream<Arguments> everyVerbInEveryStatus() {
        return verbs().stream().flatMap(v -> Stream.of(OrderStatus.values()).map(s -> Arguments.of(v, s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyVerbInEveryStatus")
    @DisplayName("R-H1 every legal and illegal move of the order")
    void everyMove(Verb verb, OrderStatus from) {
        var order = in(from);
        if (verb.legalFrom().contains(from)) {
            verb.action().accept(order);
            assertThat(from.canMoveTo(order.status()) || order.status() == from)
                    .as(verb + " moved " + from + " to " + order.status())
                    .isTrue();
        } else {
            assertThatThrownBy(() -> verb.action().accept(order))
                    .isInstanceOfSatisfying(
                            StateConflictException.class,
                            e -> assertThat(e.status()).isEqualTo(409))
                    .hasMessageContaining(from.name());
            assertThat(order.status()).isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.sellercenter.orders.internal.OrderStateMachineTest#statuses")
    @DisplayName("FINISH is final")
    void finishIsFinal(OrderStatus to) {
        assertThat(OrderStatus.FINISH.canMoveTo(to)).isFalse();
    }

    static Stream<OrderStatus> statuses() {
        return Stream.of(OrderStatus.values());
    }
}
