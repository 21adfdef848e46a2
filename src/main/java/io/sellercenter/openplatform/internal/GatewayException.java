package io.sellercenter.openplatform.internal;

/** A call the gateway refuses before any business runs, answered in the platform's error envelope. */
public class GatewayException extends RuntimeException {

    /** Who the platform blames: the caller (ISV) or the system. */
    public enum Type {
        ISV,
        SYSTEM
    }

    private final Type type;
    private final String code;
    private final Object[] args;

    GatewayException(Type type, String code, Object... args) {
        super(code, null, false, false);
        this.type = type;
        this.code = code;
        this.args = args;
    }

    static GatewayException isv(String code, Object... args) {
        return new GatewayException(Type.ISV, code, args);
    }

    public Type type() {
        return type;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
