package io.sellercenter.accounts.web;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Shows a domain failure beside the form field it concerns. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, DomainException e, String defaultField) {
        if (e instanceof InvalidInputException invalid) {
            invalid.errors()
                    .forEach(f -> result.rejectValue(
                            f.field(), "field." + f.code(), f.args().toArray(), null));
            return;
        }
        result.rejectValue(defaultField, "problem." + e.code(), e.args(), null);
    }
}
