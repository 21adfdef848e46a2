package io.sellercenter.shared;

import java.util.List;

/** Input that passes the format checks but is wrong for the domain, with the fields at fault. */
public class InvalidInputException extends DomainException {

    /** One wrong field; {@code code} names a message under {@code field.<code>}. */
    public record FieldError(String field, String code, List<Object> args) {
        public FieldError(String field, String code) {
            this(field, code, List.of());
        }
    }

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("VALIDATION_FAILED");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String code) {
        this(List.of(new FieldError(field, code)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }
}
