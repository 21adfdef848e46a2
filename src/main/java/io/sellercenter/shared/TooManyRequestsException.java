package io.sellercenter.shared;

import java.time.Duration;

/** The caller must wait before trying again. */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, Duration retryAfter) {
        super(code, retryAfter.toSeconds());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }
}
