package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.sellers.internal.StoreManagement;
import io.sellercenter.sellers.internal.StoreManagement.Store;
import io.sellercenter.sellers.internal.StoreManagement.StoreType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stores (R-S7): specialized, exclusive or official, each with its authorized brands. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding")
class StoreApi {

    private final StoreManagement stores;

    StoreApi(StoreManagement stores) {
        this.stores = stores;
    }

    record StoreForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull StoreType type,
            @NotEmpty @Size(max = 50) Set<@NotNull @Positive Long> brandIds) {}

    @PostMapping("/stores")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a store; 422 STORE_REQUIREMENTS_MISSING names what is missing (R-S7)")
    Store openStore(CurrentAccount me, @Valid @RequestBody StoreForm form) {
        return stores.open(me, form.name(), form.type(), form.brandIds());
    }

    @GetMapping("/stores")
    @Operation(summary = "The seller's stores")
    List<Store> stores(CurrentAccount me) {
        return stores.list(me);
    }

    @GetMapping("/stores/{id}")
    @Operation(summary = "One store")
    Store store(CurrentAccount me, @PathVariable long id) {
        return stores.get(me, id);
    }
}
