package io.sellercenter.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount in minor units of an ISO 4217 currency; in JSON {@code {"amount": "12.30", "currency":
 * "USD"}} with the amount as a decimal string.
 */
public record Money(long minorUnits, Currency currency) {

    /** The JSON form. */
    public record Json(String amount, String currency) {}

    public Money {
        if (currency == null) {
            throw new IllegalArgumentException("currency is required");
        }
    }

    public static Money of(String amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + currencyCode);
        }
        var decimal = new BigDecimal(amount);
        if (decimal.signum() < 0) {
            throw new IllegalArgumentException("negative amount");
        }
        if (decimal.scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("too many decimals for " + currencyCode);
        }
        return new Money(
                decimal.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    @JsonCreator
    static Money fromJson(Json json) {
        if (json == null || json.amount() == null || json.currency() == null) {
            throw new IllegalArgumentException("amount and currency are required");
        }
        if (json.amount().length() > 20) {
            throw new IllegalArgumentException("amount too long");
        }
        return of(json.amount(), json.currency());
    }

    @JsonValue
    public Json toJson() {
        return new Json(amount().toPlainString(), currency.getCurrencyCode());
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits())
                .setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    @Override
    public String toString() {
        return amount().toPlainString() + " " + currency.getCurrencyCode();
    }
}
