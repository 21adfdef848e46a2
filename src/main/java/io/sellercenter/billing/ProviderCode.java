package io.sellercenter.billing;

/** The payment providers sellers pay through (R-S5). */
public enum ProviderCode {
    ALIPAY_INTL,
    WANLIHUI
}
