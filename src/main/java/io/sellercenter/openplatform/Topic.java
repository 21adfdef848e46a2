package io.sellercenter.openplatform;

import java.util.Arrays;
import java.util.Optional;

/** What an app may subscribe to; each is pushed under the platform's topic name. */
public enum Topic {
    ORDER_WAIT_SELLER_SEND_GOODS("aliexpress_order_WaitSellerSendGoods"),
    ORDER_SELLER_PART_SEND_GOODS("aliexpress_order_SellerPartSendGoods"),
    ORDER_WAIT_BUYER_ACCEPT_GOODS("aliexpress_order_WaitBuyerAcceptGoods"),
    ORDER_IN_CANCEL("aliexpress_order_InCancel"),
    ORDER_CLOSED("aliexpress_order_Finish"),
    LOGISTICS_ORDER_STATUS("aliexpress_logistics_OrderStatusChanged"),
    REVIEW_DECIDED("aliexpress_seller_ReviewDecided");

    private final String wireName;

    Topic(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Topic> of(String name) {
        return Arrays.stream(values())
                .filter(t -> t.name().equals(name) || t.wireName.equals(name))
                .findFirst();
    }
}
