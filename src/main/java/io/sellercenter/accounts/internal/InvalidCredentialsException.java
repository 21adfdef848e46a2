package io.sellercenter.accounts.internal;

import io.sellercenter.shared.DomainException;

/** Wrong e-mail or password; which of the two is never said. */
class InvalidCredentialsException extends DomainException {

    InvalidCredentialsException() {
        super("INVALID_CREDENTIALS");
    }

    @Override
    public int status() {
        return 401;
    }
}
