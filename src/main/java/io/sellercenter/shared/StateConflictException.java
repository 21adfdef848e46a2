package io.sellercenter.shared;

/** The request conflicts with the current state, e.g. a transition not allowed from it. */
public class StateConflictException extends DomainException {

    public StateConflictException(String code, Object... args) {
        super(code, args);
    }

    /**
     * A move from {@code from} to {@code to} that the state machine does not allow. The message names both states in
     * the caller's language from the bundle keys {@code <group>.<STATE>}; the problem carries their stable names.
     */
    public static StateConflictException illegalTransition(String group, Enum<?> from, Enum<?> to) {
        var conflict = new StateConflictException("ILLEGAL_TRANSITION", Term.of(group, from), Term.of(group, to));
        conflict.with("from", from.name()).with("to", to.name());
        return conflict;
    }

    @Override
    public int status() {
        return 409;
    }
}
