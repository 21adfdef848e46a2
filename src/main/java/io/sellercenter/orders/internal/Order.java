package io.sellercenter.orders.internal;

import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.Term;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer's order of one store. Every change of status goes through a business verb whose guard is
 * the table in {@link OrderStatus}; a move it does not allow throws, naming both states (409).
 */
public class Order {

    public record Line(
            long lineId,
            long productId,
            String skuCode,
            String title,
            GoodsType goodsType,
            Map<String, String> attributes,
            int quantity,
            int shippedQuantity,
            Money unitPrice,
            int handlingDays,
            long warehouseId,
            String shipFromCountry) {

        int remaining() {
            return quantity - shippedQuantity;
        }
    }

    final long id;
    final int version;
    final long sellerId;
    final long storeId;
    final long buyerId;
    final String buyerName;
    OrderStatus status;
    /** The status last loaded or saved, to tell which saves move the order. */
    OrderStatus savedStatus;

    OrderStatus previousStatus;
    String logisticsStatus;
    String fundStatus;
    String frozenStatus;
    String issueStatus;
    String endReason;
    String logisticsServiceCode;
    Instant serviceMismatchConfirmedAt;
    final String shippingAddressJson;
    final String destinationCountry;
    final Money total;
    final Instant createdAt;
    Instant paidAt;
    Instant shipBy;
    Instant receiptDeadline;
    int receiptExtendedDays;
    String cancelReason;
    String issueReason;
    Instant finishedAt;
    List<Line> lines;

    Order(
            long id,
            int version,
            long sellerId,
            long storeId,
            long buyerId,
            String buyerName,
            OrderStatus status,
            OrderStatus previousStatus,
            String logisticsStatus,
            String fundStatus,
            String frozenStatus,
            String issueStatus,
            String endReason,
            String logisticsServiceCode,
            String shippingAddressJson,
            String destinationCountry,
            Money total,
            Instant createdAt,
            Instant paidAt,
            Instant shipBy,
            Instant receiptDeadline,
            int receiptExtendedDays,
            String cancelReason,
            String issueReason,
            Instant finishedAt,
            Instant serviceMismatchConfirmedAt,
            List<Line> lines) {
        this.id = id;
        this.version = version;
        this.sellerId = sellerId;
        this.storeId = storeId;
        this.buyerId = buyerId;
        this.buyerName = buyerName;
        this.status = status;
        this.savedStatus = status;
        this.previousStatus = previousStatus;
        this.logisticsStatus = logisticsStatus;
        this.fundStatus = fundStatus;
        this.frozenStatus = frozenStatus;
        this.issueStatus = issueStatus;
        this.endReason = endReason;
        this.logisticsServiceCode = logisticsServiceCode;
        this.shippingAddressJson = shippingAddressJson;
        this.destinationCountry = destinationCountry;
        this.total = total;
        this.createdAt = createdAt;
        this.paidAt = paidAt;
        this.shipBy = shipBy;
        this.receiptDeadline = receiptDeadline;
        this.receiptExtendedDays = receiptExtendedDays;
        this.cancelReason = cancelReason;
        this.issueReason = issueReason;
        this.finishedAt = finishedAt;
        this.serviceMismatchConfirmedAt = serviceMismatchConfirmedAt;
        this.lines = lines;
    }

    /** Moves to {@code next} when the verb may start from the current status and the table allows the move. */
    private void move(OrderStatus next, OrderStatus... from) {
        if (!Arrays.asList(from).contains(status) || !status.canMoveTo(next)) {
            throw StateConflictException.illegalTransition("orderStatus", status, next);
        }
        status = next;
    }

    /** The buyer paid: risk control starts (fund status PAY_SUCCESS). */
    void paid(Instant at) {
        move(OrderStatus.RISK_CONTROL, OrderStatus.PLACE_ORDER_SUCCESS);
        paidAt = at;
        fundStatus = "PAY_SUCCESS";
    }

    /** Risk control passed: the seller must ship within the longest handling time of the lines. */
    void passRiskControl() {
        move(OrderStatus.WAIT_SELLER_SEND_GOODS, OrderStatus.RISK_CONTROL);
        logisticsStatus = "WAIT_SELLER_SEND_GOODS";
        var days = lines.stream().mapToInt(Line::handlingDays).max().orElse(1);
        shipBy = paidAt.plus(Duration.ofDays(days));
    }

    /** The buyer cancels before paying: the order simply closes. */
    void cancelUnpaid() {
        move(OrderStatus.FINISH, OrderStatus.PLACE_ORDER_SUCCESS);
        end("BUYER_CANCELLED", null);
    }

    /**
     * What one shipment of this order may carry (R-H1, R-H9): {@code quantities} per order line, or everything still to
     * ship when {@code null}. Refused when the order is not waiting for shipment, a line is not the order's, or a
     * quantity is more than is left to ship of its line. Shipping online and declaring a shipment both ask it.
     */
    Map<Long, Integer> shipment(Map<Long, Integer> quantities) {
        requireWaitingForShipment();
        var shipment = new LinkedHashMap<Long, Integer>();
        if (quantities == null) {
            lines.stream().filter(l -> l.remaining() > 0).forEach(l -> shipment.put(l.lineId(), l.remaining()));
        }
        for (var q : quantities == null ? Map.<Long, Integer>of().entrySet() : quantities.entrySet()) {
            var line = lines.stream()
                    .filter(l -> l.lineId() == q.getKey())
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("items", "UNKNOWN_ORDER_LINE"));
            if (q.getValue() < 0 || q.getValue() > line.remaining()) {
                throw new RuleViolationException(Rule.R_H9, "SHIP_QUANTITY_INVALID", line.lineId(), line.remaining());
            }
            shipment.put(line.lineId(), q.getValue());
        }
        if (shipment.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw new RuleViolationException(Rule.R_H9, "NOTHING_TO_SHIP");
        }
        return shipment;
    }

    /** R-H1: the order waits for (the rest of) its shipment. */
    void requireWaitingForShipment() {
        if (status != OrderStatus.WAIT_SELLER_SEND_GOODS && status != OrderStatus.SELLER_PART_SEND_GOODS) {
            throw new StateConflictException("ORDER_NOT_WAITING_FOR_SHIPMENT", Term.of("orderStatus", status));
        }
    }

    /**
     * R-H3: a service other than the one the buyer chose (or accepted) risks a dispute, so the seller must say they
     * take that risk, and the order keeps when they did; without a buyer's service nothing is chosen to differ from.
     * Returns whether the order changed.
     */
    boolean checkService(String serviceCode, boolean mismatchConfirmed, Instant at) {
        if (logisticsServiceCode == null || logisticsServiceCode.equals(serviceCode)) {
            return false;
        }
        if (!mismatchConfirmed) {
            throw new RuleViolationException(Rule.R_H3, "SERVICE_MISMATCH_NOT_CONFIRMED", logisticsServiceCode);
        }
        serviceMismatchConfirmedAt = at;
        return true;
    }

    /** R-H3: the buyer accepts the service the seller proposed; it becomes the buyer's service. */
    void acceptService(String serviceCode) {
        requireWaitingForShipment();
        logisticsServiceCode = serviceCode;
    }

    /** Ships {@link #shipment what a shipment may carry}; all remaining lines shipped moves the order on. */
    void ship(Map<Long, Integer> quantities, Instant at, Duration promisedDelivery) {
        var shipment = shipment(quantities);
        lines = lines.stream()
                .map(l -> new Line(
                        l.lineId(),
                        l.productId(),
                        l.skuCode(),
                        l.title(),
                        l.goodsType(),
                        l.attributes(),
                        l.quantity(),
                        l.shippedQuantity() + shipment.getOrDefault(l.lineId(), 0),
                        l.unitPrice(),
                        l.handlingDays(),
                        l.warehouseId(),
                        l.shipFromCountry()))
                .toList();
        if (lines.stream().allMatch(l -> l.remaining() == 0)) {
            move(
                    OrderStatus.WAIT_BUYER_ACCEPT_GOODS,
                    OrderStatus.WAIT_SELLER_SEND_GOODS,
                    OrderStatus.SELLER_PART_SEND_GOODS);
            logisticsStatus = "SELLER_SEND_GOODS";
            receiptDeadline = at.plus(promisedDelivery);
        } else {
            move(
                    OrderStatus.SELLER_PART_SEND_GOODS,
                    OrderStatus.WAIT_SELLER_SEND_GOODS,
                    OrderStatus.SELLER_PART_SEND_GOODS);
            logisticsStatus = "SELLER_SEND_PART_GOODS";
        }
    }

    void requestCancel(String reason) {
        var from = status;
        move(OrderStatus.IN_CANCEL, OrderStatus.RISK_CONTROL, OrderStatus.WAIT_SELLER_SEND_GOODS);
        previousStatus = from;
        cancelReason = reason;
    }

    void acceptCancel() {
        move(OrderStatus.FINISH, OrderStatus.IN_CANCEL);
        end("BUYER_CANCEL_ACCEPTED", "REFUNDED");
    }

    void refuseCancel() {
        move(previousStatus == null ? OrderStatus.WAIT_SELLER_SEND_GOODS : previousStatus, OrderStatus.IN_CANCEL);
        previousStatus = null;
    }

    /** The ship-by deadline passed without a shipment: closed as "seller did not ship", refunded. */
    void notShipped() {
        move(OrderStatus.FINISH, OrderStatus.WAIT_SELLER_SEND_GOODS);
        logisticsStatus = "NO_LOGISTICS";
        end("SELLER_DID_NOT_SHIP", "REFUNDED");
    }

    void confirmReceipt() {
        move(OrderStatus.FUND_PROCESSING, OrderStatus.WAIT_BUYER_ACCEPT_GOODS);
        logisticsStatus = "BUYER_ACCEPT_GOODS";
    }

    void fundsReleased() {
        move(OrderStatus.FINISH, OrderStatus.FUND_PROCESSING);
        end("TRADE_SUCCESS", "SETTLED");
    }

    void openDispute(String reason) {
        var from = status;
        move(OrderStatus.IN_ISSUE, OrderStatus.SELLER_PART_SEND_GOODS, OrderStatus.WAIT_BUYER_ACCEPT_GOODS);
        previousStatus = from;
        issueStatus = "IN_ISSUE";
        issueReason = reason;
    }

    void resolveDispute(boolean refund) {
        if (refund) {
            move(OrderStatus.FINISH, OrderStatus.IN_ISSUE);
            end("DISPUTE_REFUNDED", "REFUNDED");
        } else {
            move(previousStatus == null ? OrderStatus.WAIT_BUYER_ACCEPT_GOODS : previousStatus, OrderStatus.IN_ISSUE);
            previousStatus = null;
        }
        issueStatus = "END_ISSUE";
    }

    void freeze() {
        var from = status;
        move(
                OrderStatus.IN_FROZEN,
                OrderStatus.RISK_CONTROL,
                OrderStatus.WAIT_SELLER_SEND_GOODS,
                OrderStatus.SELLER_PART_SEND_GOODS,
                OrderStatus.WAIT_BUYER_ACCEPT_GOODS);
        previousStatus = from;
        frozenStatus = "IN_FROZEN";
    }

    void unfreeze() {
        move(previousStatus == null ? OrderStatus.WAIT_SELLER_SEND_GOODS : previousStatus, OrderStatus.IN_FROZEN);
        previousStatus = null;
        frozenStatus = "NO_FROZEN";
    }

    /**
     * The carrier delivered the parcel: the buyer has {@code toConfirm} from delivery to confirm or
     * open a dispute, never longer than the deadline already running. Only a fully shipped order
     * waiting for receipt moves; any other status keeps its own timers.
     */
    void delivered(Instant at, Duration toConfirm) {
        if (status != OrderStatus.WAIT_BUYER_ACCEPT_GOODS) {
            return;
        }
        var deadline = at.plus(toConfirm);
        if (receiptDeadline == null || deadline.isBefore(receiptDeadline)) {
            receiptDeadline = deadline;
        }
    }

    /** The seller gives the buyer more time to receive, within {@code limitDays} in all. */
    void extendReceipt(int days, int limitDays) {
        if (status != OrderStatus.WAIT_BUYER_ACCEPT_GOODS) {
            throw new StateConflictException("ORDER_NOT_WAITING_FOR_RECEIPT", Term.of("orderStatus", status));
        }
        if (receiptExtendedDays + days > limitDays) {
            throw RuleViolationException.unnumbered("EXTENSION_TOO_LONG", limitDays - receiptExtendedDays);
        }
        receiptExtendedDays += days;
        receiptDeadline = receiptDeadline.plus(Duration.ofDays(days));
    }

    private void end(String reason, String fund) {
        endReason = reason;
        if (fund != null && fundStatus.equals("PAY_SUCCESS")) {
            fundStatus = fund;
        }
        previousStatus = null;
    }

    public long id() {
        return id;
    }

    public OrderStatus status() {
        return status;
    }

    public boolean paidFor() {
        return paidAt != null;
    }
}
