package io.sellercenter.shared;

/** The request conflicts with the current state, e.g. a transition not allowed from it. */
public class StateConflictException extends DomainException {

    public StateConflictException(String code, Object... args) {
        super(code, args);
    }

    /** A move from {@code from} to {@code to} that the state machine does not allow. */
    public static StateConflictException illegalTransition(Enum<?> from, Enum<?> to) {
        return new StateConflictException("ILLEGAL_TRANSITION", from.name(), to.name());
    }

    @Override
    public int status() {
        return 409;
    }
}
