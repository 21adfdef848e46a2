package io.sellercenter.warehouses;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Warehouses, known SKUs and overseas permission, for the modules above (products, orders). */
@Service
public class Warehouses {

    static final String SELECT = """
            select id, seller_id, name, kind, country, address, provider_name, customer_code, is_default
            from warehouses""";

    private final JdbcClient jdbc;

    Warehouses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The seller's warehouse; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<Warehouse> find(SellerId sellerId, long warehouseId) {
        return jdbc.sql(SELECT + " where id = ? and seller_id = ?")
                .params(warehouseId, sellerId.value())
                .query(Warehouses::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Warehouse> list(SellerId sellerId) {
        return jdbc.sql(SELECT + " where seller_id = ? order by id")
                .param(sellerId.value())
                .query(Warehouses::map)
                .list();
    }

    /** The seller's default domestic (CN) warehouse: the one marked default, else the first. */
    @Transactional(readOnly = true)
    public Optional<Warehouse> defaultDomestic(SellerId sellerId) {
        return jdbc.sql(SELECT + " where seller_id = ? and country = 'CN' order by is_default desc, id limit 1")
                .param(sellerId.value())
                .query(Warehouses::map)
                .optional();
    }

    /** Whether the seller passed overseas-warehouse review for the country (R-W2, R-W4). */
    @Transactional(readOnly = true)
    public boolean permitted(SellerId sellerId, String country) {
        return jdbc.sql("select count(*) > 0 from overseas_permissions where seller_id = ? and country = ?")
                .params(sellerId.value(), country)
                .query(Boolean.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<String> permittedCountries(SellerId sellerId) {
        return jdbc.sql("select country from overseas_permissions where seller_id = ? order by country")
                .param(sellerId.value())
                .query(String.class)
                .list();
    }

    /** What inventory and fees need to know of a SKU: unit weight, size, price and HS code. */
    public record StockSku(
            String skuCode,
            int weightGrams,
            BigDecimal lengthCm,
            BigDecimal widthCm,
            BigDecimal heightCm,
            Money price,
            String hsCode) {}

    /** Makes a SKU known to inventory; called when products save SKUs. */
    @Transactional
    public void registerSku(SellerId sellerId, StockSku sku) {
        jdbc.sql("""
                        insert into stock_skus (seller_id, sku_code, weight_grams, length_cm, width_cm, height_cm, price_minor, currency, hs_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (seller_id, sku_code) do update set weight_grams = excluded.weight_grams,
                          length_cm = excluded.length_cm, width_cm = excluded.width_cm, height_cm = excluded.height_cm,
                          price_minor = excluded.price_minor, currency = excluded.currency, hs_code = excluded.hs_code""")
                .params(
                        sellerId.value(),
                        sku.skuCode(),
                        sku.weightGrams(),
                        sku.lengthCm(),
                        sku.widthCm(),
                        sku.heightCm(),
                        sku.price().minorUnits(),
                        sku.price().currency().getCurrencyCode(),
                        sku.hsCode())
                .update();
    }

    /** The SKU when the seller registered it. */
    @Transactional(readOnly = true)
    public Optional<StockSku> sku(SellerId sellerId, String skuCode) {
        return jdbc.sql("""
                        select sku_code, weight_grams, length_cm, width_cm, height_cm, price_minor, currency, hs_code
                        from stock_skus where seller_id = ? and sku_code = ?""")
                .params(sellerId.value(), skuCode)
                .query((rs, n) -> new StockSku(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        new Money(rs.getLong(6), Currency.getInstance(rs.getString(7))),
                        rs.getString(8)))
                .optional();
    }

    static Warehouse map(ResultSet rs, int row) throws SQLException {
        return new Warehouse(
                rs.getLong("id"),
                rs.getLong("seller_id"),
                rs.getString("name"),
                Warehouse.Kind.valueOf(rs.getString("kind")),
                rs.getString("country"),
                rs.getString("address"),
                rs.getString("provider_name"),
                rs.getString("customer_code"),
                rs.getBoolean("is_default"));
    }
}
