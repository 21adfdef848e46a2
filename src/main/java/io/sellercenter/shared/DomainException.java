package io.sellercenter.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can understand and act on. The {@code code} is stable; the message shown to
 * the caller comes from the message bundles under {@code problem.<code>}, formatted with {@code args}.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final List<Object> args;
    private final Map<String, Object> properties = new LinkedHashMap<>();

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

    /** Adds a property to the problem the caller receives, e.g. the list of what is missing. */
    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    /** The HTTP status this kind of failure maps to. */
    public abstract int status();
}
