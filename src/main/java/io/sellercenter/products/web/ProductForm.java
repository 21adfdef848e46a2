package io.sellercenter.products.web;

import io.sellercenter.products.Product;
import io.sellercenter.products.internal.ProductManagement;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product with its SKUs, from the product page and the API alike. */
record ProductForm(
        @NotNull @Positive Long storeId,
        @NotNull @Positive Long categoryId,
        @NotBlank @Size(max = 200) String title,
        @NotNull GoodsType goodsType,
        @NotNull @Min(1) @Max(30) Integer handlingDays,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull SkuForm> skus) {

    /** A price as in JSON, {@code {"amount": "12.30", "currency": "USD"}}. */
    record PriceForm(
            @NotBlank @Pattern(regexp = "[0-9]{1,10}(\\.[0-9]{1,2})?")
            String amount,

            @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency) {}

    record SkuForm(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}")
            String skuCode,

            @Size(max = 10) Map<@Size(max = 30) String, @NotNull @Size(max = 100) String> attributes,
            @NotNull @Valid PriceForm price,
            @NotNull @Positive @Max(100_000) Integer weightGrams,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal lengthCm,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal widthCm,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal heightCm,
            @Pattern(regexp = "([0-9]{6,10})?") String hsCode) {

        static SkuForm of(Product.Sku s) {
            return new SkuForm(
                    s.skuCode(),
                    s.attributes(),
                    new PriceForm(
                            s.price().amount().toPlainString(),
                            s.price().currency().getCurrencyCode()),
                    s.weightGrams(),
                    s.lengthCm(),
                    s.widthCm(),
                    s.heightCm(),
                    s.hsCode());
        }
    }

    static ProductForm empty(Long storeId, Long categoryId) {
        return new ProductForm(
                storeId,
                categoryId,
                null,
                GoodsType.GENERAL,
                3,
                List.of(new SkuForm(null, Map.of(), new PriceForm(null, "USD"), null, null, null, null, null)));
    }

    static ProductForm of(Product p) {
        return new ProductForm(
                p.storeId(),
                p.categoryId(),
                p.title(),
                p.goodsType(),
                p.handlingDays(),
                p.skus().stream().map(SkuForm::of).toList());
    }

    /** The draft for the domain; a price the currency cannot hold is an error beside it. */
    ProductManagement.Draft draft() {
        var skus = new ArrayList<Product.Sku>();
        var errors = new ArrayList<InvalidInputException.FieldError>();
        for (int i = 0; i < this.skus.size(); i++) {
            var s = this.skus.get(i);
            Money price = null;
            try {
                price = Money.of(s.price().amount(), s.price().currency());
                if (price.minorUnits() == 0) {
                    throw new IllegalArgumentException("free");
                }
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidInputException.FieldError("skus[" + i + "].price.amount", "AMOUNT_INVALID"));
            }
            // blank attributes from the page's empty colour or size boxes are not attributes
            var attributes = new LinkedHashMap<String, String>();
            if (s.attributes() != null) {
                s.attributes().forEach((k, v) -> {
                    if (!k.isBlank() && !v.isBlank()) {
                        attributes.put(k.strip(), v.strip());
                    }
                });
            }
            skus.add(new Product.Sku(
                    s.skuCode(),
                    attributes,
                    price,
                    s.weightGrams(),
                    s.lengthCm(),
                    s.widthCm(),
                    s.heightCm(),
                    s.hsCode() == null || s.hsCode().isBlank() ? null : s.hsCode()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProductManagement.Draft(storeId, categoryId, title.strip(), goodsType, handlingDays, skus);
    }
}
