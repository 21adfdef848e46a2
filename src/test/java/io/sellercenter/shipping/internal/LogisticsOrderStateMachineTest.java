package io.sellercenter.shipping.internal;

import static io.sellercenter.shipping.LogisticsOrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.UndeliverableDecision;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verb of the logistics order in every status: where the table of DESIGN.md allows it the parcel moves,
 * elsewhere (a late, repeated or out-of-order event) it stays where it is; cancelling where not allowed is 409.
 */
class LogisticsOrderStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Money ACTUAL = Money.of("48.00", "CNY");

    static LogisticsOrder in(LogisticsOrderStatus status) {
        return new LogisticsOrder(
                1,
                2,
                3,
                "CAINIAO_STANDARD",
                Money.of("27.00", "CNY"),
                UndeliverableDecision.RETURN,
                "US",
                "{}",
                NOW,
                status,
                null,
                null,
                null,
                null);
    }

    record Verb(
            String name,
            LogisticsOrderStatus target,
            Function<LogisticsOrder, LogisticsOrder.Move> action,
            Set<LogisticsOrderStatus> from) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Set<LogisticsOrderStatus> LINE_AFTER_WEIGHING = EnumSet.of(RECEIVED, DISPATCHED, IN_TRANSIT);

    static final Verb[] VERBS = {
        new Verb(
                "PICKUP_ACCEPTED", AWAITING_PICKUP, LogisticsOrder::pickupAccepted, EnumSet.of(AWAITING_PICKUP_ANSWER)),
        new Verb(
                "PICKUP_DECLINED",
                AWAITING_DROP_OFF,
                LogisticsOrder::pickupDeclined,
                EnumSet.of(AWAITING_PICKUP_ANSWER)),
        new Verb(
                "PU_PICKUP_SUCCESS",
                AWAITING_DROP_OFF,
                LogisticsOrder::pickedUp,
                EnumSet.of(CREATED, AWAITING_PICKUP_ANSWER, AWAITING_PICKUP)),
        new Verb(
                "SC_INBOUND_SUCCESS",
                RECEIVED,
                o -> o.received(480, grams -> ACTUAL),
                EnumSet.of(CREATED, AWAITING_PICKUP_ANSWER, AWAITING_PICKUP, AWAITING_DROP_OFF)),
        new Verb("SC_OUTBOUND_SUCCESS", DISPATCHED, LogisticsOrder::dispatched, EnumSet.of(RECEIVED)),
        new Verb("LH_DEPART", IN_TRANSIT, LogisticsOrder::inTransit, EnumSet.of(RECEIVED, DISPATCHED)),
        new Verb("GTMS_SIGNED", DELIVERED, LogisticsOrder::delivered, LINE_AFTER_WEIGHING),
        new Verb("GTMS_DEL_FAILURE", UNDELIVERABLE, LogisticsOrder::undeliverable, LINE_AFTER_WEIGHING),
        new Verb("RETURNED", RETURNED, LogisticsOrder::returned, EnumSet.of(UNDELIVERABLE)),
        new Verb("RT_DESTROY", DESTROYED, LogisticsOrder::destroyed, EnumSet.of(UNDELIVERABLE))
    };

    static Stream<Arguments> everyEventInEveryStatus() {
        return Stream.of(VERBS)
                .flatMap(v -> Stream.of(LogisticsOrderStatus.values()).map(s -> Arguments.of(v, s)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyEventInEveryStatus")
    @DisplayName(
            "R-H6 R-H8 an event moves the parcel forward where the table allows it; elsewhere it moves nothing back")
    void eventsOnlyMoveForward(Verb verb, LogisticsOrderStatus status) {
        var order = in(status);
        var move = verb.action().apply(order);
        if (verb.from().contains(status)) {
            assertThat(move.to(verb.target())).isTrue();
            assertThat(order.status()).isEqualTo(verb.target());
        } else {
            assertThat(move.from()).isEqualTo(move.to()).isEqualTo(status);
            assertThat(order.status()).isEqualTo(status);
        }
    }

    @ParameterizedTest(name = "cancel in {0}")
    @MethodSource("statuses")
    @DisplayName("R-H2 a logistics order is cancelled only before the parcel is received")
    void cancelOnlyBeforeReceipt(LogisticsOrderStatus status) {
        var order = in(status);
        if (EnumSet.of(CREATED, AWAITING_PICKUP_ANSWER, AWAITING_PICKUP, AWAITING_DROP_OFF)
                .contains(status)) {
            assertThat(order.cancel(NOW).to(CANCELLED)).isTrue();
            assertThat(order.cancelledAt()).isEqualTo(NOW);
        } else {
            assertThatThrownBy(() -> order.cancel(NOW)).isInstanceOf(StateConflictException.class);
            assertThat(order.status()).isEqualTo(status);
        }
    }

    static Stream<LogisticsOrderStatus> statuses() {
        return Stream.of(LogisticsOrderStatus.values());
    }

    @Test
    @DisplayName("R-H8 weighing needs the weight and sets the actual freight once; a late weighing weighs nothing")
    void weighingOnce() {
        var order = in(AWAITING_DROP_OFF);
        assertThatThrownBy(() -> order.received(null, grams -> ACTUAL)).isInstanceOf(InvalidInputException.class);
        assertThat(order.status()).isEqualTo(AWAITING_DROP_OFF);

        assertThat(order.received(480, grams -> ACTUAL).to(RECEIVED)).isTrue();
        assertThat(order.actualFreight()).isEqualTo(ACTUAL);
        order.inTransit();
        assertThat(order.received(900, grams -> Money.of("99.00", "CNY")).to(RECEIVED))
                .isFalse();
        assertThat(order.status()).isEqualTo(IN_TRANSIT);
        assertThat(order.actualFreight()).isEqualTo(ACTUAL);
    }

    @Test
    @DisplayName("R-H7 only a parcel to be returned carries the return fee when it turns out undeliverable")
    void returnDecision() {
        assertThat(in(IN_TRANSIT).returnsWhenUndeliverable()).isTrue();
        var destroyed = new LogisticsOrder(
                1,
                2,
                3,
                "CAINIAO_STANDARD",
                Money.of("27.00", "CNY"),
                UndeliverableDecision.DESTROY,
                "US",
                "{}",
                NOW,
                IN_TRANSIT,
                null,
                null,
                null,
                null);
        assertThat(destroyed.returnsWhenUndeliverable()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(LogisticsOrderStatus.class)
    @DisplayName("R-H6 the domestic courier is recorded only while the transit warehouse awaits the parcel")
    void domesticExpress(LogisticsOrderStatus status) {
        var order = in(status);
        if (status == AWAITING_DROP_OFF) {
            order.sentByDomesticExpress("SF Express", "SF1234567890");
            order.sentByDomesticExpress("SF Express", "SF1234567899");
            assertThat(order.domesticTrackingNo())
                    .as("a correction replaces it")
                    .isEqualTo("SF1234567899");
            assertThat(order.status()).isEqualTo(AWAITING_DROP_OFF);
        } else {
            assertThatThrownBy(() -> order.sentByDomesticExpress("SF Express", "SF1234567890"))
                    .isInstanceOf(StateConflictException.class);
            assertThat(order.domesticTrackingNo()).isNull();
        }
    }
}
