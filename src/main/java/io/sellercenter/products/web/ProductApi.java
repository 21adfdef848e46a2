package io.sellercenter.products.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.products.Product;
import io.sellercenter.products.internal.ProductManagement;
import io.sellercenter.products.internal.ShipFromLocations;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductApi {

    private final ProductManagement products;
    private final ShipFromLocations shipFrom;

    ProductApi(ProductManagement products, ShipFromLocations shipFrom) {
        this.products = products;
        this.shipFrom = shipFrom;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a product to a store, inside the major category (PRODUCTS)")
    Product create(CurrentAccount me, @Valid @RequestBody ProductForm form) {
        return products.create(me, form.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a product and its SKUs")
    Product change(CurrentAccount me, @PathVariable long id, @Valid @RequestBody ProductForm form) {
        return products.change(me, id, form.draft());
    }

    @GetMapping
    @Operation(summary = "The seller's products, newest first")
    Page<Product> list(
            CurrentAccount me,
            @RequestParam(required = false) @Positive Long storeId,
            @RequestParam(required = false) @Positive Long categoryId,
            @RequestParam(required = false) GoodsType goodsType,
            @RequestParam(required = false)
                    @Parameter(description = "a country code; CN for products with no overseas ship-from")
                    @Pattern(regexp = "[A-Z]{2}")
                    String shipFrom,
            @RequestParam(required = false) Product.Status status,
            @RequestParam(required = false)
                    @Parameter(description = "part of the title or of a SKU code")
                    @Size(max = 100)
                    String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return products.list(
                me,
                new ProductManagement.Filter(storeId, categoryId, goodsType, shipFrom, status, q),
                new PageRequest(page, size));
    }

    @PostMapping("/{id}/delist")
    @Operation(summary = "Take the product off sale: buyers can no longer order it; SKUs, stock and ship-from stay")
    Product delist(CurrentAccount me, @PathVariable long id) {
        return products.delist(me, id);
    }

    @PostMapping("/{id}/relist")
    @Operation(summary = "Put a delisted product on sale again")
    Product relist(CurrentAccount me, @PathVariable long id) {
        return products.relist(me, id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product")
    Product get(CurrentAccount me, @PathVariable long id) {
        return products.get(me, id);
    }

    @PutMapping("/{id}/ship-from")
    @Operation(
            summary =
                    "Set where SKUs ship from; overseas needs the permission, a supported country and an open category (R-W1…R-W3)")
    Product shipFrom(CurrentAccount me, @PathVariable long id, @Valid @RequestBody ShipFromForm form) {
        return shipFrom.set(me, id, form.all());
    }
}
