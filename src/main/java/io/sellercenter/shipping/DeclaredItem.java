package io.sellercenter.shipping;

import java.math.BigDecimal;

/** One line of the customs declaration printed on the label: names in English and Chinese, value and weight each. */
public record DeclaredItem(
        String nameEn, String nameCn, String hsCode, int quantity, BigDecimal unitValue, int weightGrams) {}
