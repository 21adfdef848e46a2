package io.sellercenter.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A word of the domain inside a message, shown in the caller's language: {@code Term.of("permission", SHIPPING)} reads
 * "Shipping" or "发货" through the bundle key {@code permission.SHIPPING}, and stays {@code SHIPPING} in logs.
 */
public record Term(String group, String name) implements MessageSourceResolvable {

    public static Term of(String group, Enum<?> value) {
        return new Term(group, value.name());
    }

    @Override
    public String[] getCodes() {
        return new String[] {group + "." + name};
    }

    @Override
    public String getDefaultMessage() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
