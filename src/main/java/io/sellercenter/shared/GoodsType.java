package io.sellercenter.shared;

/** What the goods are, as declared for logistics: channels accept only some types (R-H4). */
public enum GoodsType {
    GENERAL,
    BATTERY,
    LIQUID,
    COSMETICS,
    POWDER,
    MAGNETIC
}
