package io.sellercenter.shared;

/** A business rule (R-… in DESIGN.md) refuses the request. */
public class RuleViolationException extends DomainException {

    private final String rule;

    public RuleViolationException(String rule, String code, Object... args) {
        super(code, args);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public int status() {
        return 422;
    }
}
