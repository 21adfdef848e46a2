package io.sellercenter.shipping;

/** How the parcel reaches the transit warehouse (R-H6): collected by its courier, or sent there by the seller. */
public enum Handover {
    DOOR_PICKUP,
    SELF_SEND
}
