package io.sellercenter.shared.web;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/** Shows a domain failure beside the form field it concerns. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Field errors go beside their fields; anything else beside {@code defaultField}, or above the form when null.
     * Access is no form error: a post the account may not make answers 403, as the page would.
     */
    public static void reject(BindingResult result, DomainException e, String defaultField) {
        if (e instanceof ForbiddenException forbidden) {
            throw forbidden;
        }
        if (e instanceof InvalidInputException invalid) {
            invalid.errors()
                    .forEach(f -> result.rejectValue(
                            f.field(), "field." + f.code(), f.args().toArray(), null));
            return;
        }
        if (defaultField == null) {
            result.reject("problem." + e.code(), e.args(), null);
        } else {
            result.rejectValue(defaultField, "problem." + e.code(), e.args(), null);
        }
    }

    /** Runs {@code save} unless the form has errors already; a domain failure goes beside its field. Whether it saved. */
    /**
     * A refusal as one message where a page shows it in a section rather than beside a bound field: the first field's
     * {@code field.<code>}, else {@code problem.<code>}.
     */
    public static MessageSourceResolvable message(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            var first = invalid.errors().getFirst();
            return new DefaultMessageSourceResolvable(
                    new String[] {"field." + first.code()}, first.args().toArray());
        }
        return new DefaultMessageSourceResolvable(new String[] {"problem." + e.code()}, e.args());
    }

    public static boolean saved(BindingResult result, Runnable save) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            save.run();
            return true;
        } catch (DomainException e) {
            reject(result, e, null);
            return false;
        }
    }

    /** The amount in the currency, or null with the error beside {@code field}: an unknown currency or too many decimals. */
    public static Money money(BindingResult result, String field, String amount, String currency) {
        try {
            if (amount == null) {
                throw new IllegalArgumentException("no amount");
            }
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "field.AMOUNT_INVALID");
            }
            return null;
        }
    }
}
