package io.sellercenter.shared;

/** The thing does not exist, or it belongs to someone else: the caller cannot tell which. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super("NOT_FOUND", what);
    }

    @Override
    public int status() {
        return 404;
    }
}
