package io.sellercenter.products.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.catalog.Categories;
import io.sellercenter.products.GoodsType;
import io.sellercenter.products.Product;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.warehouses.Warehouses;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A store's products inside the seller's major category (R-S4), with SKUs made known to inventory. */
@Service
public class ProductManagement {

    public record Draft(
            long storeId,
            long categoryId,
            String title,
            GoodsType goodsType,
            int handlingDays,
            List<Product.Sku> skus) {}

    static final int MAX_OVERSEAS_HANDLING_DAYS = 5;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SellerProfiles sellers;
    private final Categories categories;
    private final Warehouses warehouses;
    private final Clock clock;

    ProductManagement(
            JdbcClient jdbc,
            JsonMapper json,
            SellerProfiles sellers,
            Categories categories,
            Warehouses warehouses,
            Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.sellers = sellers;
        this.categories = categories;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    @Transactional
    public Product create(CurrentAccount me, Draft draft) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        check(seller, draft);
        var id = jdbc.sql("""
                        insert into products (version, seller_id, store_id, category_id, title, goods_type, handling_days, created_at)
                        values (0, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        seller,
                        draft.storeId(),
                        draft.categoryId(),
                        draft.title(),
                        draft.goodsType().name(),
                        draft.handlingDays(),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        saveSkus(seller, id, draft.skus());
        return find(seller, id);
    }

    /** Replaces the product's details and SKUs; ship-from stays for SKUs that remain. */
    @Transactional
    public Product change(CurrentAccount me, long productId, Draft draft) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        var current = find(seller, productId);
        check(seller, draft);
        var overseas = current.shipFrom().stream().anyMatch(s -> !s.country().equals("CN"));
        if (overseas && draft.handlingDays() > MAX_OVERSEAS_HANDLING_DAYS) {
            throw new RuleViolationException("R-W2", "HANDLING_TOO_LONG", MAX_OVERSEAS_HANDLING_DAYS);
        }
        jdbc.sql("""
                        update products set version = version + 1, store_id = ?, category_id = ?, title = ?, goods_type = ?, handling_days = ?
                        where id = ? and seller_id = ?""")
                .params(
                        draft.storeId(),
                        draft.categoryId(),
                        draft.title(),
                        draft.goodsType().name(),
                        draft.handlingDays(),
                        productId,
                        seller)
                .update();
        jdbc.sql("delete from product_skus where product_id = ?")
                .param(productId)
                .update();
        saveSkus(seller, productId, draft.skus());
        jdbc.sql(
                        "delete from product_ship_from where product_id = ? and sku_code not in (select sku_code from product_skus where product_id = ?)")
                .params(productId, productId)
                .update();
        return find(seller, productId);
    }

    @Transactional(readOnly = true)
    public Page<Product> list(CurrentAccount me, PageRequest page) {
        var seller = me.requireSeller().value();
        var ids = jdbc.sql("select id from products where seller_id = ? order by id desc limit ? offset ?")
                .params(seller, page.size(), page.offset())
                .query(Long.class)
                .list();
        var total = jdbc.sql("select count(*) from products where seller_id = ?")
                .param(seller)
                .query(Long.class)
                .single();
        return Page.of(ids.stream().map(id -> find(seller, id)).toList(), page, total);
    }

    @Transactional(readOnly = true)
    public Product get(CurrentAccount me, long productId) {
        return find(me.requireSeller().value(), productId);
    }

    Product find(long seller, long productId) {
        var skus = jdbc.sql("""
                        select sku_code, attributes, price_minor, currency, weight_grams, length_cm, width_cm, height_cm, hs_code
                        from product_skus where product_id = ? order by position""")
                .param(productId)
                .query((rs, n) -> new Product.Sku(
                        rs.getString(1),
                        json.readValue(rs.getString(2), new TypeReference<Map<String, String>>() {}),
                        new Money(rs.getLong(3), Currency.getInstance(rs.getString(4))),
                        rs.getInt(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getString(9)))
                .list();
        var shipFrom = jdbc.sql(
                        "select sku_code, country, warehouse_id from product_ship_from where product_id = ? order by sku_code, country")
                .param(productId)
                .query((rs, n) -> new Product.ShipFrom(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        return jdbc.sql(
                        "select id, store_id, category_id, title, goods_type, handling_days from products where id = ? and seller_id = ?")
                .params(productId, seller)
                .query((rs, n) -> new Product(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        GoodsType.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        skus,
                        shipFrom))
                .optional()
                .orElseThrow(() -> new NotFoundException("product"));
    }

    private void check(long seller, Draft draft) {
        var errors = new ArrayList<FieldError>();
        if (!sellers.ownsStore(seller, draft.storeId())) {
            errors.add(new FieldError("storeId", "UNKNOWN_STORE"));
        }
        if (categories.find(draft.categoryId()).isEmpty()) {
            errors.add(new FieldError("categoryId", "UNKNOWN_CATEGORY"));
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < draft.skus().size(); i++) {
            if (!codes.add(draft.skus().get(i).skuCode())) {
                errors.add(new FieldError("skus[" + i + "].skuCode", "DUPLICATE_SKU"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var major = sellers.majorCategoryId(seller)
                .orElseThrow(() -> new RuleViolationException("R-S4", "MAJOR_CATEGORY_REQUIRED"));
        if (!categories.isWithin(draft.categoryId(), major)) {
            throw new RuleViolationException("R-S4", "CATEGORY_OUTSIDE_MAJOR_CATEGORY");
        }
    }

    private void saveSkus(long seller, long productId, List<Product.Sku> skus) {
        for (int i = 0; i < skus.size(); i++) {
            var sku = skus.get(i);
            try {
                jdbc.sql("""
                                insert into product_skus (product_id, seller_id, sku_code, attributes, price_minor, currency,
                                  weight_grams, length_cm, width_cm, height_cm, hs_code, position)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                productId,
                                seller,
                                sku.skuCode(),
                                json.writeValueAsString(sku.attributes()),
                                sku.price().minorUnits(),
                                sku.price().currency().getCurrencyCode(),
                                sku.weightGrams(),
                                sku.lengthCm(),
                                sku.widthCm(),
                                sku.heightCm(),
                                sku.hsCode(),
                                i)
                        .update();
            } catch (DuplicateKeyException e) {
                throw new StateConflictException("SKU_CODE_TAKEN", sku.skuCode());
            }
            warehouses.registerSku(
                    seller,
                    new Warehouses.StockSku(
                            sku.skuCode(),
                            sku.weightGrams(),
                            sku.lengthCm(),
                            sku.widthCm(),
                            sku.heightCm(),
                            sku.price(),
                            sku.hsCode()));
        }
    }
}
