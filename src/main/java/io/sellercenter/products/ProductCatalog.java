package io.sellercenter.products;

import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What buyers' orders need of a product: its seller, store, SKU and where it ships from. */
@Service
public class ProductCatalog {

    /** One SKU of a product as it can be ordered. */
    public record Listing(
            long productId,
            long sellerId,
            long storeId,
            String title,
            GoodsType goodsType,
            int handlingDays,
            String skuCode,
            Map<String, String> attributes,
            Money price) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProductCatalog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Listing> listing(long productId, String skuCode) {
        return jdbc.sql("""
                        select p.id, p.seller_id, p.store_id, p.title, p.goods_type, p.handling_days, s.sku_code,
                               s.attributes, s.price_minor, s.currency
                        from products p join product_skus s on s.product_id = p.id
                        where p.id = ? and s.sku_code = ? and p.delisted_at is null""")
                .params(productId, skuCode)
                .query((rs, n) -> new Listing(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        GoodsType.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        rs.getString(7),
                        json.readValue(rs.getString(8), new TypeReference<Map<String, String>>() {}),
                        new Money(rs.getLong(9), Currency.getInstance(rs.getString(10)))))
                .optional();
    }

    /** The warehouse the SKU ships from to {@code country}, when it has an overseas ship-from there. */
    public Optional<Long> shipFromWarehouse(long productId, String skuCode, String country) {
        return jdbc.sql(
                        "select warehouse_id from product_ship_from where product_id = ? and sku_code = ? and country = ?")
                .params(productId, skuCode, country)
                .query(Long.class)
                .optional();
    }

    /** How one SKU packs: weight and size for the parcel, HS code for the customs declaration. */
    public record Packing(
            int weightGrams, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, String hsCode) {}

    /** The packing of each SKU asked for, keyed {@code productId + ":" + skuCode}; unknown ones are left out. */
    public Map<String, Packing> packing(long[] productIds, String[] skuCodes) {
        var found = new HashMap<String, Packing>();
        jdbc.sql("""
                        select s.product_id, s.sku_code, s.weight_grams, s.length_cm, s.width_cm, s.height_cm, s.hs_code
                        from product_skus s join unnest(?::bigint[], ?::text[]) as k(product_id, sku_code)
                          on k.product_id = s.product_id and k.sku_code = s.sku_code""").params(productIds, skuCodes).query((RowCallbackHandler) rs -> found.put(
                rs.getLong(1) + ":" + rs.getString(2),
                new Packing(
                        rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7))));
        return found;
    }
}
