package io.sellercenter.shared;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * Several words of the domain inside a message as one list, in the caller's language: read through {@code
 * list.<n>} ("{0}, {1}" or "{0}、{1}"), each item a {@link Term}; {@code toString} keeps the stable names for logs.
 */
public record Terms(List<Term> items) implements MessageSourceResolvable {

    public static Terms of(String group, List<String> names) {
        return new Terms(names.stream().map(n -> new Term(group, n)).toList());
    }

    @Override
    public String[] getCodes() {
        return new String[] {"list." + items.size()};
    }

    @Override
    public Object[] getArguments() {
        return items.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return toString();
    }

    @Override
    public String toString() {
        return String.join(", ", items.stream().map(Term::name).toList());
    }
}
