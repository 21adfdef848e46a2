package io.sellercenter.shared;

/**
 * The marketplace's rules as DESIGN.md numbers them, so that a problem names only a rule that exists and that it
 * enforces. A refusal no rule of DESIGN.md states (a limit of our own) names none.
 */
public enum Rule {
    R_S3("Enterprise certification: license, legal representative, check characters, staff review"),
    R_S4("One major category; brands, products and sub-categories stay inside it; deposit before the store"),
    R_S7("Store types and the brands they need"),
    R_W1("Nine supported ship-from countries"),
    R_W2("Overseas ship-from only after the application passed review"),
    R_W3("Categories not open for overseas ship-from"),
    R_W7("Rejection reasons; the seller must already hold stock at the warehouse"),
    R_W8("Overseas-warehouse costs"),
    R_H2("Online shipping needs a bound freight deduction account"),
    R_H3("The buyer's channel; another needs the seller's confirmation; none chosen, agree one"),
    R_H4("Goods types; channels accept only some"),
    R_H6("Pickup only inside a transit warehouse's collection range"),
    R_H9("The shipping notice, full or partial");

    private final String summary;

    Rule(String summary) {
        this.summary = summary;
    }

    /** The id as DESIGN.md writes it, e.g. {@code R-H3}. */
    public String id() {
        return name().replace('_', '-');
    }

    public String summary() {
        return summary;
    }
}
