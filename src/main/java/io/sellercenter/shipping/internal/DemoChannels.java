package io.sellercenter.shipping.internal;

import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.TransitWarehouse;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's logistics channels, modelled on the marketplace's: two postal channels with S10
 * waybills, Cainiao standard and premium, a super-economy line that refuses batteries and a third-party line; rate
 * tables by zone in CNY; transit warehouses with their collection ranges.
 */
@Component
@Order(-2)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoChannels implements ApplicationRunner {

    private static final List<GoodsType> ALL_TYPES = List.of(GoodsType.values());

    private final ChannelManagement channels;

    DemoChannels(ChannelManagement channels) {
        this.channels = channels;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!channels.empty()) {
            return;
        }
        channels.store(channel(
                "CAINIAO_STANDARD",
                "Cainiao Standard Shipping",
                "菜鸟无忧物流-标准",
                Channel.Kind.EXPRESS,
                List.of(GoodsType.GENERAL, GoodsType.BATTERY, GoodsType.COSMETICS, GoodsType.MAGNETIC),
                15,
                30_000,
                120,
                240,
                "LP",
                "LP[0-9]{14}",
                "25.00",
                rates("60.00", "18.00", "72.00", "20.00", "95.00", "22.00", 50, 8000)));
        channels.store(channel(
                "CAINIAO_PREMIUM",
                "Cainiao Premium Shipping",
                "菜鸟无忧物流-优先",
                Channel.Kind.EXPRESS,
                ALL_TYPES,
                8,
                30_000,
                150,
                300,
                "LE",
                "LE[0-9]{14}",
                "35.00",
                rates("110.00", "28.00", "125.00", "30.00", "150.00", "34.00", 100, 6000)));
        channels.store(channel(
                "CAINIAO_SUPER_ECONOMY",
                "Cainiao Super Economy",
                "菜鸟超级经济",
                Channel.Kind.ECONOMY,
                List.of(GoodsType.GENERAL),
                30,
                2_000,
                60,
                90,
                "LS",
                "LS[0-9]{14}",
                "15.00",
                rates("45.00", "8.00", "55.00", "9.00", "70.00", "11.00", 10, 8000)));
        channels.store(channel(
                "CPAM",
                "China Post Registered Air Mail",
                "中国邮政挂号小包",
                Channel.Kind.POSTAL,
                List.of(GoodsType.GENERAL, GoodsType.MAGNETIC),
                25,
                2_000,
                60,
                90,
                "RB",
                "[A-Z]{2}[0-9]{9}CN",
                "20.00",
                rates("90.00", "17.00", "95.00", "17.00", "110.00", "19.00", 1, 8000)));
        channels.store(channel(
                "E_PACKET",
                "ePacket",
                "e邮宝",
                Channel.Kind.POSTAL,
                List.of(GoodsType.GENERAL, GoodsType.COSMETICS),
                15,
                2_000,
                60,
                90,
                "LX",
                "[A-Z]{2}[0-9]{9}CN",
                "20.00",
                rates("75.00", "15.00", "85.00", "17.00", "100.00", "19.00", 1, 8000)));
        // a screened third party: the waybill is made here, the label and manifest in its own system (R-H14)
        channels.store(channel(
                "YANWEN_3PL",
                "Yanwen Special Line (third-party)",
                "燕文专线（第三方物流）",
                Channel.Kind.THIRD_PARTY,
                List.of(GoodsType.GENERAL, GoodsType.MAGNETIC),
                12,
                20_000,
                100,
                200,
                "YW",
                "YW[0-9]{14}",
                "20.00",
                rates("62.00", "12.00", "70.00", "14.00", "88.00", "16.00", 10, 8000)));
        channels.storeTransitWarehouse(new TransitWarehouse(
                "SZX",
                "Cainiao Shenzhen Transit Warehouse",
                "SZX-01",
                "No. 1 Hangcheng Avenue, Bao'an, Shenzhen 518128",
                List.of("518"),
                "Li Wei",
                "+86 755 2345 6789",
                "Mon–Sat 09:00–21:00"));
        channels.storeTransitWarehouse(new TransitWarehouse(
                "CAN",
                "Cainiao Guangzhou Transit Warehouse",
                "CAN-03",
                "88 Airport Road, Baiyun, Guangzhou 510470",
                List.of("510", "511"),
                "Chen Min",
                "+86 20 8765 4321",
                "Mon–Sun 08:00–22:00"));
        channels.storeTransitWarehouse(new TransitWarehouse(
                "YIW",
                "Cainiao Yiwu Transit Warehouse",
                "YIW-02",
                "666 Chengbei Road, Yiwu, Zhejiang 322000",
                List.of("322"),
                "Zhang Hua",
                "+86 579 8512 3456",
                "Mon–Sat 09:00–20:00"));
        channels.storeTransitWarehouse(new TransitWarehouse(
                "SHA",
                "Cainiao Shanghai Transit Warehouse",
                "SHA-04",
                "1000 Shenjiang Road, Pudong, Shanghai 201206",
                List.of("200", "201"),
                "Wang Fang",
                "+86 21 6888 1234",
                "Mon–Fri 09:00–18:00"));
    }

    private static Channel channel(
            String code,
            String en,
            String zh,
            Channel.Kind kind,
            List<GoodsType> types,
            int days,
            int maxGrams,
            int maxSide,
            int maxSum,
            String prefix,
            String pattern,
            String returnFee,
            List<Channel.Rate> rates) {
        return new Channel(
                code,
                en,
                zh,
                kind,
                types,
                List.of("*"),
                days,
                maxGrams,
                maxSide,
                maxSum,
                prefix,
                pattern,
                Money.of(returnFee, "CNY"),
                true,
                rates,
                kind == Channel.Kind.THIRD_PARTY ? "https://3pl.example.com/waybills" : null);
    }

    /** Zone 1 North America, zone 2 Europe, zone 3 the rest of the world: per kg and per parcel. */
    private static List<Channel.Rate> rates(
            String kg1,
            String parcel1,
            String kg2,
            String parcel2,
            String kg3,
            String parcel3,
            int rounding,
            int divisor) {
        return List.of(
                new Channel.Rate(
                        "1", List.of("US", "CA"), Money.of(kg1, "CNY"), Money.of(parcel1, "CNY"), rounding, divisor),
                new Channel.Rate(
                        "2",
                        List.of("GB", "DE", "FR", "ES", "IT", "NL", "PL", "RU"),
                        Money.of(kg2, "CNY"),
                        Money.of(parcel2, "CNY"),
                        rounding,
                        divisor),
                new Channel.Rate("3", List.of("*"), Money.of(kg3, "CNY"), Money.of(parcel3, "CNY"), rounding, divisor));
    }
}
