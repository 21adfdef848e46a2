package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.Precheck;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.warehouses.internal.Materials;
import io.sellercenter.warehouses.internal.OverseasPermission;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Overseas-warehouse permission on its own (with sellers, review, documents, billing and catalog underneath): the
 * prechecks tell the seller before submitting what review would reject. Products runs only for the demo data, whose
 * stock counts are of the demo products' SKUs.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "products")
class WarehousesModuleTest {

    private final WarehouseManagement management;
    private final OverseasPermission permission;
    private final Warehouses warehouses;
    private final CurrentAccount seller;
    private final CurrentAccount other;

    WarehousesModuleTest(
            WarehouseManagement management,
            OverseasPermission permission,
            Warehouses warehouses,
            AccountLookup accounts) {
        this.management = management;
        this.permission = permission;
        this.warehouses = warehouses;
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
        this.other = accounts.byEmail("seller2@demo.local").orElseThrow();
    }

    private static final Materials NOTHING = new Materials(null, null, null, List.of(), null, List.of(), null, null);

    private static List<String> failed(OverseasPermission.View view) {
        return view.precheck().stream()
                .filter(p -> !p.passed())
                .map(Precheck::reasonCode)
                .toList();
    }

    @Test
    @DisplayName(
            "R-W1 R-W6 R-W7 a self-built warehouse without stock or materials: every reason named before submitting, and submitting refused")
    void prechecksBeforeReview() {
        var hamburg = management.create(
                seller,
                new WarehouseManagement.NewWarehouse(
                        "Hamburg module test", Warehouse.Kind.SELF_BUILT, "DE", "Lagerstraße 5, Hamburg", null, null));

        var draft = permission.draft(seller, hamburg.warehouseId(), List.of("DE", "JP"), NOTHING);

        assertThat(failed(draft)).contains("NO_OVERSEAS_INVENTORY", "MATERIALS_INCOMPLETE", "LOCATION_NOT_SUPPORTED");
        assertThatThrownBy(() -> permission.submit(seller, draft.application().id()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("PRECHECK_FAILED"));
        assertThat(warehouses.permitted(seller.sellerId(), "DE")).isFalse();
    }

    @Test
    @DisplayName("R-S8 another seller's application is not found, nor its warehouse")
    void tenancy() {
        var lyon = management.create(
                seller,
                new WarehouseManagement.NewWarehouse(
                        "Lyon module test", Warehouse.Kind.SELF_BUILT, "FR", "1 Rue de la Gare, Lyon", null, null));
        var draft = permission.draft(seller, lyon.warehouseId(), List.of("FR"), NOTHING);

        assertThatThrownBy(() -> permission.get(other, draft.application().id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> permission.draft(other, lyon.warehouseId(), List.of("FR"), NOTHING))
                .as("a warehouse id in the application is unknown beside its field, as any id not the seller's")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("warehouseId"));
        assertThat(warehouses.find(other.sellerId(), lyon.warehouseId())).isEmpty();
    }
}
