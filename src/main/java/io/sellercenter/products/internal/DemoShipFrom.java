package io.sellercenter.products.internal;

import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode: once the US permission is granted, the earbuds and the 2 m cable ship from the US warehouse. */
@Component
@Order(4)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoShipFrom implements ApplicationRunner {

    private final AccountLookup accounts;
    private final ProductManagement products;
    private final ShipFromLocations shipFrom;
    private final Warehouses warehouses;

    DemoShipFrom(
            AccountLookup accounts, ProductManagement products, ShipFromLocations shipFrom, Warehouses warehouses) {
        this.accounts = accounts;
        this.products = products;
        this.shipFrom = shipFrom;
        this.warehouses = warehouses;
    }

    @Override
    public void run(ApplicationArguments args) {
        var seller = accounts.byEmail("seller@demo.local").orElseThrow();
        var sellerId = seller.sellerId().value();
        var us = warehouses.list(new SellerId(sellerId)).stream()
                .filter(w -> w.country().equals("US"))
                .toList();
        if (us.isEmpty() || !warehouses.permitted(new SellerId(sellerId), "US")) {
            return;
        }
        // earbuds and cables from the third party's warehouse, phone mounts from the seller's own
        var thirdParty = us.stream()
                .filter(w -> w.kind() == Warehouse.Kind.THIRD_PARTY)
                .findFirst()
                .orElse(us.getFirst());
        var own = us.stream()
                .filter(w -> w.kind() == Warehouse.Kind.SELF_BUILT)
                .findFirst()
                .orElse(thirdParty);
        for (var product : products.list(seller, new PageRequest(0, 200)).items()) {
            var codes = product.skus().stream()
                    .map(s -> s.skuCode())
                    .filter(code -> code.equals("VX-EB-BLK") || code.equals("VX-CB-2M") || code.equals("VX-MM-01"))
                    .toList();
            if (!codes.isEmpty() && product.shipFrom().isEmpty()) {
                var warehouse = codes.contains("VX-MM-01") ? own : thirdParty;
                shipFrom.set(
                        seller,
                        product.productId(),
                        List.of(new ShipFromLocations.Location("US", warehouse.warehouseId(), codes)));
            }
        }
    }
}
