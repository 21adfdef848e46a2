package io.sellercenter.accounts.internal;

import io.sellercenter.shared.DomainException;

/** The request carries no valid login, or its account was disabled since. */
class NotLoggedInException extends DomainException {

    NotLoggedInException() {
        super("UNAUTHENTICATED");
    }

    @Override
    public int status() {
        return 401;
    }
}
