package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.warehouses.Warehouses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online services for an order's parcel (R-H3, R-H4, R-H6): the buyer's choice marked, goods
 * types checked, pickup offered where the seller's address is in a collection range. Without sizes
 * given, the parcel is estimated from the SKUs: their weights added, their largest sides.
 */
@Service
@NamedInterface("gateway")
public class ServiceChoice {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private final Orders orders;
    private final LogisticsServices services;
    private final Warehouses warehouses;

    ServiceChoice(Orders orders, LogisticsServices services, Warehouses warehouses) {
        this.orders = orders;
        this.services = services;
        this.warehouses = warehouses;
    }

    @Transactional
    public List<LogisticsServices.Option> options(
            CurrentAccount me, long orderId, LogisticsServices.Parcel given, String pickupPostalCode) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        return options(seller, orders.forSeller(seller, orderId), given, pickupPostalCode);
    }

    /** The parcel of what still ships from China, estimated from its SKUs' weights and sizes. */
    public LogisticsServices.Parcel estimatedParcel(CurrentAccount me, long orderId) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        return estimate(seller, orders.forSeller(seller, orderId));
    }

    /** The services for an order already loaded, its parcel estimated from the SKUs unless given. */
    List<LogisticsServices.Option> options(
            long seller, Order order, LogisticsServices.Parcel given, String pickupPostalCode) {
        var parcel = given != null ? given : estimate(seller, order);
        var postalCode = pickupPostalCode != null
                ? pickupPostalCode
                : warehouses
                        .defaultDomestic(new SellerId(seller))
                        .map(w -> POSTAL_CODE.matcher(w.address()))
                        .filter(Matcher::find)
                        .map(m -> m.group(1))
                        .orElse(null);
        Set<GoodsType> goodsTypes =
                parcelLines(order).stream().map(Order.Line::goodsType).collect(Collectors.toSet());
        return services.options(parcel, order.destinationCountry, goodsTypes, order.logisticsServiceCode, postalCode);
    }

    /** The lines a parcel from China carries: those still to ship from China, when some are (seed 001). */
    private static List<Order.Line> parcelLines(Order order) {
        var fromChina = order.lines.stream()
                .filter(l -> l.remaining() > 0 && "CN".equals(l.shipFromCountry()))
                .toList();
        return fromChina.isEmpty() ? order.lines : fromChina;
    }

    private LogisticsServices.Parcel estimate(long seller, Order order) {
        var grams = 0;
        var length = BigDecimal.ONE;
        var width = BigDecimal.ONE;
        var height = BigDecimal.ZERO;
        for (var line : parcelLines(order)) {
            var sku = warehouses.sku(new SellerId(seller), line.skuCode());
            if (sku.isPresent()) {
                grams += sku.get().weightGrams() * line.quantity();
                length = length.max(sku.get().lengthCm());
                width = width.max(sku.get().widthCm());
                height = height.add(sku.get().heightCm().multiply(BigDecimal.valueOf(line.quantity())));
            }
        }
        return new LogisticsServices.Parcel(Math.max(grams, 1), length, width, height.max(BigDecimal.ONE));
    }
}
