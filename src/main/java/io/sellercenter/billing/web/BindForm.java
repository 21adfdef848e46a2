package io.sellercenter.billing.web;

import io.sellercenter.billing.ProviderCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Binding the freight deduction account (R-H2), from the finance page and the API alike. */
public record BindForm(
        @NotNull ProviderCode provider,
        @NotBlank @Size(max = 100) String accountNo,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z]{8,40}") String agreementNo) {

    static BindForm empty() {
        return new BindForm(ProviderCode.ALIPAY_INTL, null, null);
    }
}
