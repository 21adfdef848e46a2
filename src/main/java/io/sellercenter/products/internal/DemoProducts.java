package io.sellercenter.products.internal;

import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.catalog.Categories;
import io.sellercenter.products.Product;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: the demo seller's products, of several goods types, in its official store. */
@Component
@Order(2)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoProducts implements ApplicationRunner {

    private final AccountLookup accounts;
    private final ProductManagement products;
    private final SellerProfiles sellers;
    private final Categories categories;

    DemoProducts(AccountLookup accounts, ProductManagement products, SellerProfiles sellers, Categories categories) {
        this.accounts = accounts;
        this.products = products;
        this.sellers = sellers;
        this.categories = categories;
    }

    @Override
    public void run(ApplicationArguments args) {
        var seller = accounts.byEmail("seller@demo.local").orElseThrow();
        if (products.list(seller, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        var store = sellers.storeIds(seller.sellerId()).getFirst();
        var major = sellers.majorCategoryId(seller.sellerId()).orElseThrow();
        var subs = categories.all().stream()
                .filter(c -> c.parentId() != null && c.parentId() == major)
                .toList();
        long accessories = subs.get(0).categoryId();
        long audio = subs.get(1).categoryId();
        add(
                seller,
                store,
                audio,
                "Voltix Wireless Earbuds Pro",
                GoodsType.BATTERY,
                sku("VX-EB-BLK", "Black", "29.90", 60, "851830"),
                sku("VX-EB-WHT", "White", "29.90", 60, "851830"));
        add(
                seller,
                store,
                accessories,
                "Voltix Braided USB-C Cable",
                GoodsType.GENERAL,
                sku("VX-CB-1M", "1 m", "6.90", 40, "854442"),
                sku("VX-CB-2M", "2 m", "7.90", 55, "854442"));
        add(
                seller,
                store,
                accessories,
                "Voltix Magnetic Car Phone Mount",
                GoodsType.MAGNETIC,
                sku("VX-MM-01", "Black", "12.50", 120, "830250"));
        add(
                seller,
                store,
                accessories,
                "Voltix Screen Cleaning Spray 100 ml",
                GoodsType.LIQUID,
                sku("VX-CS-100", "100 ml", "5.90", 130, "340290"));
        add(
                seller,
                store,
                accessories,
                "Voltix 10000 mAh Power Bank",
                GoodsType.BATTERY,
                sku("VX-PB-10K", "Grey", "24.90", 220, "850760"));
    }

    private void add(
            CurrentAccount seller, long store, long category, String title, GoodsType type, Product.Sku... skus) {
        products.create(seller, new ProductManagement.Draft(store, category, title, type, 3, List.of(skus)));
    }

    private static Product.Sku sku(String code, String variant, String price, int grams, String hsCode) {
        return new Product.Sku(
                code,
                Map.of("color", variant),
                Money.of(price, "USD"),
                grams,
                new BigDecimal("15"),
                new BigDecimal("10"),
                new BigDecimal("4"),
                hsCode);
    }
}
