package io.sellercenter.products.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.products.GoodsType;
import io.sellercenter.products.Product;
import io.sellercenter.products.internal.ProductManagement;
import io.sellercenter.products.internal.ShipFromLocations;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

    record SkuForm(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}")
            String skuCode,

            @Size(max = 10) Map<@Size(max = 30) String, @NotNull @Size(max = 100) String> attributes,
            @NotNull Money price,
            @NotNull @Positive @Max(100_000) Integer weightGrams,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal lengthCm,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal widthCm,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal heightCm,
            @Pattern(regexp = "[0-9]{6,10}") String hsCode) {

        Product.Sku sku() {
            return new Product.Sku(
                    skuCode,
                    attributes == null ? Map.of() : attributes,
                    price,
                    weightGrams,
                    lengthCm,
                    widthCm,
                    heightCm,
                    hsCode);
        }
    }

    record ProductForm(
            @NotNull @Positive Long storeId,
            @NotNull @Positive Long categoryId,
            @NotBlank @Size(max = 200) String title,
            @NotNull GoodsType goodsType,
            @NotNull @Min(1) @Max(30) Integer handlingDays,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull SkuForm> skus) {

        ProductManagement.Draft draft() {
            return new ProductManagement.Draft(
                    storeId,
                    categoryId,
                    title,
                    goodsType,
                    handlingDays,
                    skus.stream().map(SkuForm::sku).toList());
        }
    }

    record LocationForm(
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotNull @Positive Long warehouseId,
            @Size(max = 100) List<@NotBlank @Size(max = 64) String> skuCodes) {}

    record ShipFromForm(@NotNull @Size(max = 20) List<@Valid @NotNull LocationForm> locations) {}

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
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return products.list(me, new PageRequest(page, size));
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
        return shipFrom.set(
                me,
                id,
                form.locations().stream()
                        .map(l -> new ShipFromLocations.Location(l.country(), l.warehouseId(), l.skuCodes()))
                        .toList());
    }
}
