package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shipping.SellerAddresses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/seller-addresses")
@Tag(name = "Shipping")
class SellerAddressApi {

    private final SellerAddresses addresses;

    SellerAddressApi(SellerAddresses addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    @Operation(summary = "The seller's sender, pickup and refund addresses, defaults first (SHIPPING)")
    List<SellerAddresses.Address> list(CurrentAccount me, @RequestParam(required = false) SellerAddresses.Type type) {
        return addresses.list(me, type);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One address")
    SellerAddresses.Address get(CurrentAccount me, @PathVariable long id) {
        return addresses.get(me, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add an address; the first of its type, or one with isDefault, becomes the default that prefills logistics orders")
    SellerAddresses.Address add(CurrentAccount me, @Valid @RequestBody AddressForm form) {
        return addresses.add(me, form.details());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an address (its type stays)")
    SellerAddresses.Address change(CurrentAccount me, @PathVariable long id, @Valid @RequestBody AddressForm form) {
        return addresses.change(me, id, form.details());
    }

    @PostMapping("/{id}/default")
    @Operation(summary = "Make it its type's default")
    SellerAddresses.Address makeDefault(CurrentAccount me, @PathVariable long id) {
        return addresses.makeDefault(me, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an address; the oldest left of its type becomes the default")
    void delete(CurrentAccount me, @PathVariable long id) {
        addresses.delete(me, id);
    }
}
