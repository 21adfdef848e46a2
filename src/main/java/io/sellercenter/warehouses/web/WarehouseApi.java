package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seller's warehouses: self-built or third-party, in China or overseas. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warehouses")
class WarehouseApi {

    private final WarehouseManagement management;

    WarehouseApi(WarehouseManagement management) {
        this.management = management;
    }

    record Provider(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 60) String customerCode) {}

    record WarehouseForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull Warehouse.Kind kind,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotBlank @Size(max = 500) String address,
            @Valid Provider provider) {}

    @PostMapping("/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add a warehouse: self-built or third-party (provider name and customer code), domestic (CN) or overseas")
    Warehouse create(CurrentAccount me, @Valid @RequestBody WarehouseForm form) {
        return management.create(
                me,
                new WarehouseManagement.NewWarehouse(
                        form.name(),
                        form.kind(),
                        form.country(),
                        form.address(),
                        form.provider() == null ? null : form.provider().name(),
                        form.provider() == null ? null : form.provider().customerCode()));
    }

    @GetMapping("/warehouses")
    @Operation(summary = "The seller's warehouses")
    List<Warehouse> list(CurrentAccount me) {
        return management.list(me);
    }

    @GetMapping("/warehouses/{id}")
    @Operation(summary = "One warehouse")
    Warehouse get(CurrentAccount me, @PathVariable long id) {
        return management.get(me, id);
    }
}
