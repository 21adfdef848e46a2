package io.sellercenter.products.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.catalog.Categories;
import io.sellercenter.products.Product;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.warehouses.ShipFromCountries;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each SKU ships from (R-W1…R-W3): overseas only with the permission, in approved countries,
 * for products of open categories, with at most 5 handling days.
 */
@Service
public class ShipFromLocations {

    public record Location(String country, long warehouseId, List<String> skuCodes) {}

    private final JdbcClient jdbc;
    private final ProductManagement products;
    private final Warehouses warehouses;
    private final Categories categories;
    private final SellerProfiles sellers;

    ShipFromLocations(
            JdbcClient jdbc,
            ProductManagement products,
            Warehouses warehouses,
            Categories categories,
            SellerProfiles sellers) {
        this.jdbc = jdbc;
        this.products = products;
        this.warehouses = warehouses;
        this.categories = categories;
        this.sellers = sellers;
    }

    @Transactional
    public Product set(CurrentAccount me, long productId, List<Location> locations) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        var product = products.find(seller, productId);
        var skuCodes = product.skus().stream().map(Product.Sku::skuCode).toList();
        for (var location : locations) {
            var country = location.country().toUpperCase(Locale.ROOT);
            refusal(seller, product, country).ifPresent(e -> {
                throw e;
            });
            var warehouse = warehouses
                    .find(new SellerId(seller), location.warehouseId())
                    .orElseThrow(() -> new InvalidInputException("warehouseId", "UNKNOWN_WAREHOUSE"));
            if (!warehouse.country().equals(country)) {
                throw new InvalidInputException("warehouseId", "WAREHOUSE_NOT_IN_COUNTRY");
            }
            var unknown = location.skuCodes() == null
                    ? List.<String>of()
                    : location.skuCodes().stream()
                            .filter(c -> !skuCodes.contains(c))
                            .toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                        "skuCodes", "UNKNOWN_SKU", List.of(String.join(", ", unknown)))));
            }
        }
        var placed = new HashSet<String>();
        for (var location : locations) {
            var codes = location.skuCodes() == null || location.skuCodes().isEmpty() ? skuCodes : location.skuCodes();
            for (var code : codes) {
                var country = location.country().toUpperCase(Locale.ROOT);
                if (!placed.add(code + "@" + country)) {
                    throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                            "skuCodes", "SKU_SHIPS_FROM_TWICE", List.of(code, country))));
                }
            }
        }
        jdbc.sql("delete from product_ship_from where product_id = ?")
                .param(productId)
                .update();
        for (var location : locations) {
            var codes = location.skuCodes() == null || location.skuCodes().isEmpty() ? skuCodes : location.skuCodes();
            for (var code : codes) {
                jdbc.sql("""
                                insert into product_ship_from (product_id, sku_code, country, warehouse_id) values (?, ?, ?, ?)
                                on conflict (product_id, sku_code, country) do update set warehouse_id = excluded.warehouse_id""")
                        .params(productId, code, location.country().toUpperCase(Locale.ROOT), location.warehouseId())
                        .update();
            }
        }
        return products.find(seller, productId);
    }

    /** A warehouse the product could ship from, with why it may not, before anything is saved. */
    public record Option(Warehouse warehouse, RuleViolationException refusal) {}

    /** Each of the seller's overseas warehouses for this product, with the rule that refuses it, if any. */
    @Transactional(readOnly = true)
    public List<Option> options(CurrentAccount me, long productId) {
        var seller = me.requirePermission(Permission.PRODUCTS).value();
        var product = products.find(seller, productId);
        return warehouses.list(new SellerId(seller)).stream()
                .filter(w -> !w.domestic())
                .map(w -> new Option(w, refusal(seller, product, w.country()).orElse(null)))
                .toList();
    }

    /** Why the product may not ship from the country (R-W1…R-W3), or empty when it may; China always may. */
    private Optional<RuleViolationException> refusal(long seller, Product product, String country) {
        if (country.equals("CN")) {
            return Optional.empty();
        }
        if (!ShipFromCountries.supported(country)) {
            return Optional.of(new RuleViolationException(Rule.R_W1, "LOCATION_NOT_SUPPORTED", country));
        }
        if (!warehouses.permitted(new SellerId(seller), country)) {
            return Optional.of(new RuleViolationException(Rule.R_W2, "OVERSEAS_PERMISSION_REQUIRED", country));
        }
        if (!open(seller, product.categoryId())) {
            return Optional.of(new RuleViolationException(Rule.R_W3, "CATEGORY_NOT_OPEN"));
        }
        if (product.handlingDays() > ProductManagement.MAX_OVERSEAS_HANDLING_DAYS) {
            return Optional.of(RuleViolationException.unnumbered(
                    "HANDLING_TOO_LONG", ProductManagement.MAX_OVERSEAS_HANDLING_DAYS));
        }
        return Optional.empty();
    }

    /** The product's category and the seller's major category are both open for overseas ship-from (R-W3). */
    private boolean open(long seller, long categoryId) {
        var own = categories.find(categoryId).map(c -> c.overseasShipFromOpen()).orElse(false);
        var major = sellers.majorCategoryId(new SellerId(seller))
                .flatMap(categories::find)
                .map(c -> c.overseasShipFromOpen())
                .orElse(false);
        return own && major;
    }
}
