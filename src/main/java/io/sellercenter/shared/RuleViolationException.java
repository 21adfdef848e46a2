package io.sellercenter.shared;

/** A business rule (R-… in DESIGN.md) refuses the request. */
public class RuleViolationException extends DomainException {

    private final Rule rule;

    public RuleViolationException(Rule rule, String code, Object... args) {
        super(code, args);
        this.rule = rule;
    }

    /** A refusal that follows from no numbered rule of DESIGN.md (a limit of our own). */
    public static RuleViolationException unnumbered(String code, Object... args) {
        return new RuleViolationException(null, code, args);
    }

    /** The rule's id as DESIGN.md writes it, or null. */
    public String rule() {
        return rule == null ? null : rule.id();
    }

    @Override
    public int status() {
        return 422;
    }
}
