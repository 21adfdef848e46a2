package io.sellercenter.shared;

/** The account is known but not allowed to do this. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String code, Object... args) {
        super(code, args);
    }

    @Override
    public int status() {
        return 403;
    }
}
