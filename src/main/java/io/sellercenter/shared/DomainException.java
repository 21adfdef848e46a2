package io.sellercenter.shared;

import java.util.List;

/**
 * A failure the caller can understand and act on. The {@code code} is stable; the message shown to
 * the caller comes from the message bundles under {@code problem.<code>}, formatted with {@code args}.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    protected DomainException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + List.of(args)));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** The HTTP status this kind of failure maps to. */
    public abstract int status();
}
