package io.sellercenter.shipping;

import java.time.Instant;

/** The carrier reported an online parcel signed for by the buyer (GTMS_SIGNED). */
public record ParcelDelivered(long sellerId, long orderId, long logisticsOrderId, Instant deliveredAt) {}
