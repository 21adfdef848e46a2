package io.sellercenter.shipping;

import java.util.Map;

/**
 * An order as shipping knows it: the thing one shipment carries. {@code shipmentNo} counts the order's shipments from
 * 1; {@code items} (order line id to quantity) is the part this one carries, {@code null} when it carries everything
 * still to ship.
 */
public record ShipmentReference(long orderId, int shipmentNo, String destinationCountry, Map<Long, Integer> items) {}
