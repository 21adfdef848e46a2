package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-H4 on the channels alone: a parcel is as sensitive as its most sensitive line. */
class GoodsTypesTest {

    private static final LogisticsServices.Parcel PARCEL =
            new LogisticsServices.Parcel(200, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);

    private static Channel channel(String code, Set<GoodsType> accepted) {
        return new Channel(
                code,
                code,
                code,
                Channel.Kind.EXPRESS,
                List.copyOf(accepted),
                List.of("*"),
                10,
                30_000,
                120,
                240,
                "LP",
                "LP[0-9]{14}",
                Money.of("20.00", "CNY"),
                true,
                List.of(new Channel.Rate(
                        "ALL", List.of("*"), Money.of("80.00", "CNY"), Money.of("8.00", "CNY"), 10, 8000)),
                null);
    }

    private static final LogisticsServices.Network NETWORK = new LogisticsServices.Network(
            List.of(
                    channel("GENERAL_ONLY", EnumSet.of(GoodsType.GENERAL)),
                    channel("WITH_BATTERY", EnumSet.of(GoodsType.GENERAL, GoodsType.BATTERY))),
            List.of());

    @Test
    @DisplayName("R-H4 a channel takes a parcel only when it takes every goods type in it; the answer names the others")
    void everyLineCounts() {
        var mixed = EnumSet.of(GoodsType.GENERAL, GoodsType.BATTERY, GoodsType.LIQUID);
        var generalOnly =
                NETWORK.option(NETWORK.channel("GENERAL_ONLY").orElseThrow(), PARCEL, "US", mixed, null, null);

        assertThat(generalOnly.acceptsGoodsType()).isFalse();
        assertThat(generalOnly.refusedGoodsTypes()).containsExactly(GoodsType.BATTERY, GoodsType.LIQUID);
        assertThat(generalOnly.unavailableReason()).isEqualTo("GOODS_TYPE_NOT_ACCEPTED");
        assertThat(generalOnly.estimatedFreight()).isNull();

        var battery = NETWORK.option(
                NETWORK.channel("WITH_BATTERY").orElseThrow(),
                PARCEL,
                "US",
                EnumSet.of(GoodsType.GENERAL, GoodsType.BATTERY),
                null,
                null);
        assertThat(battery.acceptsGoodsType()).isTrue();
        assertThat(battery.refusedGoodsTypes()).isEmpty();
        assertThat(battery.estimatedFreight()).isNotNull();
    }

    @Test
    @DisplayName("R-H4 R-H13 goods no enabled online channel takes ship offline")
    void shipOffline() {
        assertThat(NETWORK.anyAccepts(EnumSet.of(GoodsType.GENERAL, GoodsType.BATTERY)))
                .isTrue();
        assertThat(NETWORK.anyAccepts(EnumSet.of(GoodsType.BATTERY, GoodsType.LIQUID)))
                .isFalse();
        for (var type : GoodsType.values()) {
            assertThat(NETWORK.anyAccepts(EnumSet.of(type)))
                    .as(type.name())
                    .isEqualTo(type == GoodsType.GENERAL || type == GoodsType.BATTERY);
        }
    }
}
