package io.sellercenter.products.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.catalog.Categories;
import io.sellercenter.products.Product;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.warehouses.Warehouses;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
            throw RuleViolationException.unnumbered("HANDLING_TOO_LONG", MAX_OVERSEAS_HANDLING_DAYS);
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

    /** What the product list is narrowed to; null means any. {@code q} matches the title or a SKU code. */
    public record Filter(
            Long storeId, Long categoryId, GoodsType goodsType, String shipFrom, Product.Status status, String q) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);
    }

    @Transactional(readOnly = true)
    public Page<Product> list(CurrentAccount me, PageRequest page) {
        return list(me, Filter.ALL, page);
    }

    /** The seller's products, newest first, narrowed by the filter. */
    @Transactional(readOnly = true)
    public Page<Product> list(CurrentAccount me, Filter filter, PageRequest page) {
        var seller = me.requireSeller().value();
        var q = filter.q() == null || filter.q().isBlank()
                ? null
                : InputText.containing(filter.q().strip().toLowerCase(Locale.ROOT));
        var status = filter.status() == null ? null : filter.status().name();
        var goodsType = filter.goodsType() == null ? null : filter.goodsType().name();
        var where = """
                from products p where p.seller_id = :seller
                  and (cast(:store as bigint) is null or p.store_id = :store)
                  and (cast(:category as bigint) is null or p.category_id = :category)
                  and (cast(:goodsType as text) is null or p.goods_type = :goodsType)
                  and (cast(:status as text) is null
                       or (:status = 'DELISTED') = (p.delisted_at is not null))
                  and (cast(:shipFrom as text) is null
                       or (:shipFrom = 'CN' and not exists (select 1 from product_ship_from f where f.product_id = p.id))
                       or exists (select 1 from product_ship_from f where f.product_id = p.id and f.country = :shipFrom))
                  and (cast(:q as text) is null or lower(p.title) like :q
                       or exists (select 1 from product_skus s where s.product_id = p.id and lower(s.sku_code) like :q))
                """;
        var ids = jdbc.sql("select p.id " + where + " order by p.id desc limit :limit offset :offset")
                .param("seller", seller)
                .param("store", filter.storeId())
                .param("category", filter.categoryId())
                .param("goodsType", goodsType)
                .param("status", status)
                .param("shipFrom", filter.shipFrom())
                .param("q", q)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Long.class)
                .list();
        var total = jdbc.sql("select count(*) " + where)
                .param("seller", seller)
                .param("store", filter.storeId())
                .param("category", filter.categoryId())
                .param("goodsType", goodsType)
                .param("status", status)
                .param("shipFrom", filter.shipFrom())
                .param("q", q)
                .query(Long.class)
                .single();
        return Page.of(ids.stream().map(id -> find(seller, id)).toList(), page, total);
    }

    /** Takes the product off sale: buyers can no longer order it; it keeps its SKUs, stock and ship-from. */
    @Transactional
    public Product delist(CurrentAccount me, long productId) {
        return listing(me, productId, true);
    }

    /** Puts a delisted product on sale again. */
    @Transactional
    public Product relist(CurrentAccount me, long productId) {
        return listing(me, productId, false);
    }

    private Product listing(CurrentAccount me, long productId, boolean delist) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        find(seller, productId);
        jdbc.sql("""
                        update products set version = version + 1,
                          delisted_at = case when ? then coalesce(delisted_at, ?) end
                        where id = ? and seller_id = ?""")
                .params(delist, Timestamp.from(clock.instant()), productId, seller)
                .update();
        return find(seller, productId);
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
                        "select id, store_id, category_id, title, goods_type, handling_days, delisted_at is not null from products where id = ? and seller_id = ?")
                .params(productId, seller)
                .query((rs, n) -> new Product(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        GoodsType.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        skus,
                        shipFrom,
                        rs.getBoolean(7) ? Product.Status.DELISTED : Product.Status.ON_SALE))
                .optional()
                .orElseThrow(() -> new NotFoundException("product"));
    }

    private void check(long seller, Draft draft) {
        var errors = new ArrayList<FieldError>();
        if (!sellers.ownsStore(new SellerId(seller), draft.storeId())) {
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
        var major = sellers.majorCategoryId(new SellerId(seller))
                .orElseThrow(() -> new RuleViolationException(Rule.R_S4, "MAJOR_CATEGORY_REQUIRED"));
        if (!categories.isWithin(draft.categoryId(), major)) {
            throw new RuleViolationException(Rule.R_S4, "CATEGORY_OUTSIDE_MAJOR_CATEGORY");
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
                    new SellerId(seller),
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
