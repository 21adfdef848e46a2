package io.sellercenter.orders;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The marketplace's order statuses and the moves between them, encoded once. */
public enum OrderStatus {
    PLACE_ORDER_SUCCESS,
    RISK_CONTROL,
    WAIT_SELLER_SEND_GOODS,
    SELLER_PART_SEND_GOODS,
    WAIT_BUYER_ACCEPT_GOODS,
    FUND_PROCESSING,
    FINISH,
    IN_CANCEL,
    IN_ISSUE,
    IN_FROZEN;

    private static final Map<OrderStatus, Set<OrderStatus>> MOVES = Map.of(
            PLACE_ORDER_SUCCESS, EnumSet.of(RISK_CONTROL, FINISH),
            RISK_CONTROL, EnumSet.of(WAIT_SELLER_SEND_GOODS, IN_CANCEL, IN_FROZEN),
            WAIT_SELLER_SEND_GOODS,
                    EnumSet.of(SELLER_PART_SEND_GOODS, WAIT_BUYER_ACCEPT_GOODS, IN_CANCEL, FINISH, IN_FROZEN),
            SELLER_PART_SEND_GOODS, EnumSet.of(SELLER_PART_SEND_GOODS, WAIT_BUYER_ACCEPT_GOODS, IN_ISSUE, IN_FROZEN),
            WAIT_BUYER_ACCEPT_GOODS, EnumSet.of(FUND_PROCESSING, IN_ISSUE, IN_FROZEN),
            FUND_PROCESSING, EnumSet.of(FINISH),
            FINISH, EnumSet.noneOf(OrderStatus.class),
            IN_CANCEL, EnumSet.of(FINISH, RISK_CONTROL, WAIT_SELLER_SEND_GOODS),
            IN_ISSUE, EnumSet.of(FINISH, WAIT_BUYER_ACCEPT_GOODS, SELLER_PART_SEND_GOODS),
            IN_FROZEN,
                    EnumSet.of(RISK_CONTROL, WAIT_SELLER_SEND_GOODS, SELLER_PART_SEND_GOODS, WAIT_BUYER_ACCEPT_GOODS));

    public boolean canMoveTo(OrderStatus next) {
        return MOVES.get(this).contains(next);
    }
}
