package io.sellercenter.products;

import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A product of a store with its SKUs and where each ships from. */
public record Product(
        long productId,
        long storeId,
        long categoryId,
        String title,
        GoodsType goodsType,
        int handlingDays,
        List<Sku> skus,
        List<ShipFrom> shipFrom,
        Status status) {

    /** On sale, or delisted: kept with its SKUs but not orderable. */
    public enum Status {
        ON_SALE,
        DELISTED
    }

    public record Sku(
            String skuCode,
            Map<String, String> attributes,
            Money price,
            int weightGrams,
            BigDecimal lengthCm,
            BigDecimal widthCm,
            BigDecimal heightCm,
            String hsCode) {}

    public record ShipFrom(String skuCode, String country, long warehouseId) {}
}
