package io.sellercenter.shared.web;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows a domain failure beside the form field it concerns. */
public final class FormErrors {

    private FormErrors() {}

    /** Field errors go beside their fields; anything else beside {@code defaultField}, or above the form when null. */
    public static void reject(BindingResult result, DomainException e, String defaultField) {
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
}
