package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.documents.DemoDocuments;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReviewDecisions;
import io.sellercenter.warehouses.Warehouse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a domestic warehouse with counted stock; a US third-party warehouse with received stock,
 * a fee schedule and approved permission; the seller's own US warehouse shipping phone mounts; a DE warehouse with stock at sea and its application in review.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty(name = "sellercenter.demo", matchIfMissing = true)
class DemoWarehouses implements ApplicationRunner {

    private final AccountLookup accounts;
    private final WarehouseManagement warehouses;
    private final Inventory inventory;
    private final OverseasPermission permission;
    private final OverseasFees fees;
    private final ReviewDecisions reviews;
    private final DemoDocuments documents;

    DemoWarehouses(
            AccountLookup accounts,
            WarehouseManagement warehouses,
            Inventory inventory,
            OverseasPermission permission,
            OverseasFees fees,
            ReviewDecisions reviews,
            DemoDocuments documents) {
        this.accounts = accounts;
        this.warehouses = warehouses;
        this.inventory = inventory;
        this.permission = permission;
        this.fees = fees;
        this.reviews = reviews;
        this.documents = documents;
    }

    @Override
    public void run(ApplicationArguments args) {
        var seller = accounts.byEmail("seller@demo.local").orElseThrow();
        if (!warehouses.list(seller).isEmpty()) {
            return;
        }
        var reviewer = accounts.byEmail("reviewer@demo.local").orElseThrow();
        var cn = warehouses.create(
                seller,
                new WarehouseManagement.NewWarehouse(
                        "Shenzhen Bao'an Warehouse",
                        Warehouse.Kind.SELF_BUILT,
                        "CN",
                        "No. 18 Xixiang Avenue, Bao'an, Shenzhen 518102",
                        null,
                        null));
        for (var sku :
                List.of("VX-EB-BLK", "VX-EB-WHT", "VX-CB-1M", "VX-CB-2M", "VX-MM-01", "VX-CS-100", "VX-PB-10K")) {
            inventory.count(seller, cn.warehouseId(), sku, 200);
        }

        var us = warehouses.create(
                seller,
                new WarehouseManagement.NewWarehouse(
                        "Winit Los Angeles LA1",
                        Warehouse.Kind.THIRD_PARTY,
                        "US",
                        "1200 E Carson St, Carson, CA 90745",
                        "Winit",
                        "WC-10293"));
        var toUs = inventory.ship(
                seller, us.warehouseId(), "SEA", "COSU6281734910", Map.of("VX-EB-BLK", 120, "VX-CB-2M", 80));
        inventory.receive(seller, toUs.shipmentId(), Map.of("VX-EB-BLK", 120, "VX-CB-2M", 80));
        fees.set(
                seller,
                us.warehouseId(),
                new FeeSchedule(
                        "USD",
                        Map.of("SEA", "1.20", "AIR", "6.50"),
                        "0.80",
                        List.of(new FeeSchedule.AgeingTier(91, "1.5"), new FeeSchedule.AgeingTier(181, "3")),
                        "1.50",
                        "0.30",
                        List.of(
                                new FeeSchedule.LastMileBracket(500, "4.20"),
                                new FeeSchedule.LastMileBracket(2000, "6.80"),
                                new FeeSchedule.LastMileBracket(10000, "11.50")),
                        List.of(new FeeSchedule.Tariff("US", "85", "2.5"), new FeeSchedule.Tariff("US", "83", "3.9"))));
        var usApplication =
                permission.draft(seller, us.warehouseId(), List.of("US"), thirdParty(seller, "Winit", "WC-10293"));
        var submitted = permission.submit(seller, usApplication.application().id());
        reviews.decide(
                reviewer,
                submitted.application().reviewId(),
                Decision.APPROVE,
                List.of(),
                "Provider name visible; stock confirmed.");

        // the seller's own US warehouse packs and ships the phone mounts itself: the seller enters each shipment
        var ownUs = warehouses.create(
                seller,
                new WarehouseManagement.NewWarehouse(
                        "Voltix Ontario (own warehouse)",
                        Warehouse.Kind.SELF_BUILT,
                        "US",
                        "4100 E Mission Blvd, Ontario, CA 91761",
                        null,
                        null));
        var toOwnUs = inventory.ship(seller, ownUs.warehouseId(), "AIR", "CA9912873345", Map.of("VX-MM-01", 60));
        inventory.receive(seller, toOwnUs.shipmentId(), Map.of("VX-MM-01", 60));
        fees.set(
                seller,
                ownUs.warehouseId(),
                new FeeSchedule(
                        "USD",
                        Map.of("AIR", "5.80"),
                        "0.60",
                        List.of(),
                        "0.90",
                        "0.20",
                        List.of(
                                new FeeSchedule.LastMileBracket(1000, "3.90"),
                                new FeeSchedule.LastMileBracket(5000, "7.40")),
                        List.of()));

        var de = warehouses.create(
                seller,
                new WarehouseManagement.NewWarehouse(
                        "Winit Frankfurt FR2",
                        Warehouse.Kind.THIRD_PARTY,
                        "DE",
                        "Cargo City Süd 560, 60549 Frankfurt am Main",
                        "Winit",
                        "WC-10293"));
        inventory.ship(seller, de.warehouseId(), "SEA", "MSCU7712093345", Map.of("VX-CB-1M", 60));
        var deApplication =
                permission.draft(seller, de.warehouseId(), List.of("DE"), thirdParty(seller, "Winit", "WC-10293"));
        permission.submit(seller, deApplication.application().id());
    }

    private Materials thirdParty(CurrentAccount seller, String provider, String customerCode) {
        return new Materials(
                provider,
                customerCode,
                documents.image(seller, "Warehousing contract · " + provider, "Customer " + customerCode),
                List.of(
                        documents.image(seller, provider + " · Inventory query", "VX-EB-BLK 120 · VX-CB-2M 80"),
                        documents.image(seller, provider + " · Order management", "Outbound orders")),
                null,
                List.of(),
                null,
                null);
    }
}
