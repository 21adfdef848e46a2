package io.sellercenter.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.catalog.Categories;
import io.sellercenter.products.internal.ProductManagement;
import io.sellercenter.products.internal.ShipFromLocations;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.warehouses.Warehouses;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The products module with the modules it stands on (sellers, catalog, warehouses and theirs), without orders or
 * shipping: its rules through its own services, on the demo seller.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ProductsModuleTest {

    private final ProductManagement products;
    private final ShipFromLocations shipFrom;
    private final ProductCatalog catalog;
    private final Categories categories;
    private final Warehouses warehouses;
    private final CurrentAccount seller;
    private final CurrentAccount other;

    ProductsModuleTest(
            ProductManagement products,
            ShipFromLocations shipFrom,
            ProductCatalog catalog,
            Categories categories,
            Warehouses warehouses,
            AccountLookup accounts) {
        this.products = products;
        this.shipFrom = shipFrom;
        this.catalog = catalog;
        this.categories = categories;
        this.warehouses = warehouses;
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
        this.other = accounts.byEmail("seller2@demo.local").orElseThrow();
    }

    private Product earbuds() {
        return products.list(seller, new PageRequest(0, 200)).items().stream()
                .filter(p -> p.goodsType() == GoodsType.BATTERY)
                .findFirst()
                .orElseThrow();
    }

    private static Product.Sku sku(String code) {
        return new Product.Sku(
                code,
                Map.of("color", "Red"),
                Money.of("9.90", "USD"),
                50,
                new BigDecimal("10"),
                new BigDecimal("8"),
                new BigDecimal("3"),
                "851830");
    }

    @Test
    @DisplayName("R-S4 a product goes in a sub-category of the seller's major category, nowhere else")
    void insideTheMajorCategory() {
        var mine = earbuds();
        var outside = categories.all().stream()
                .filter(c -> c.parentId() != null && !categories.isWithin(c.categoryId(), majorOf(mine)))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> products.create(
                        seller,
                        new ProductManagement.Draft(
                                mine.storeId(),
                                outside.categoryId(),
                                "Garden hose",
                                GoodsType.GENERAL,
                                3,
                                List.of(sku("MT-GH-1")))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-S4");
                    assertThat(e.code()).isEqualTo("CATEGORY_OUTSIDE_MAJOR_CATEGORY");
                });
        var created = products.create(
                seller,
                new ProductManagement.Draft(
                        mine.storeId(),
                        mine.categoryId(),
                        "Voltix Mini Earbuds",
                        GoodsType.BATTERY,
                        3,
                        List.of(sku("MT-EB-1"))));
        assertThat(catalog.listing(created.productId(), "MT-EB-1"))
                .hasValueSatisfying(l -> assertThat(l.goodsType()).isEqualTo(GoodsType.BATTERY));
    }

    private long majorOf(Product p) {
        return categories.find(p.categoryId()).orElseThrow().parentId();
    }

    @Test
    @DisplayName("R-W1 R-W2 ship-from abroad only in a supported country and with the permission; China always")
    void shipFromRules() {
        var product = earbuds();
        var skuCode = product.skus().getFirst().skuCode();
        var anyWarehouse = warehouses.list(seller.sellerId()).getFirst().warehouseId();
        var notPermitted = Stream.of("US", "GB", "DE", "ES", "FR", "IT", "RU", "AU", "ID")
                .filter(c -> !warehouses.permitted(seller.sellerId(), c))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> shipFrom.set(
                        seller,
                        product.productId(),
                        List.of(new ShipFromLocations.Location("JP", anyWarehouse, List.of(skuCode)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-W1");
                    assertThat(e.code()).isEqualTo("LOCATION_NOT_SUPPORTED");
                });
        assertThatThrownBy(() -> shipFrom.set(
                        seller,
                        product.productId(),
                        List.of(new ShipFromLocations.Location(notPermitted, anyWarehouse, List.of(skuCode)))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-W2");
                    assertThat(e.code()).isEqualTo("OVERSEAS_PERMISSION_REQUIRED");
                });
    }

    @Test
    @DisplayName("R-S8 another seller's product is not found, neither to read nor to change")
    void tenancy() {
        var product = earbuds();
        assertThatThrownBy(() -> products.get(other, product.productId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> products.delist(other, product.productId())).isInstanceOf(NotFoundException.class);
        assertThat(products.get(seller, product.productId()).status()).isEqualTo(Product.Status.ON_SALE);
    }
}
