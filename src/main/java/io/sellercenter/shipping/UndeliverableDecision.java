package io.sellercenter.shipping;

/** What happens to a parcel the carrier cannot deliver, decided when shipping (R-H7). */
public enum UndeliverableDecision {
    /** Sent back to the seller for the channel's return fee. */
    RETURN,
    /** Destroyed abroad, free of charge. */
    DESTROY
}
