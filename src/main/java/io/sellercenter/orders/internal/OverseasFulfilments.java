package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.warehouses.FulfilmentFees;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 001: "when buyers place orders, overseas warehouses are responsible for packaging and shipping". Lines shipped
 * from an overseas warehouse go to it as an outbound order (REQUESTED → SHIPPED or CANCELLED); its local carrier and
 * tracking number come from the warehouse's signed event (third-party) or the seller (self-built). Shipped, the
 * shipping notice is filled in, the stock leaves that warehouse, and its handling and last-mile fees (R-W8) are charged
 * on the deduction account, each once.
 */
@Service
public class OverseasFulfilments {

    private final Orders orders;
    private final OverseasFulfilmentRepository repository;
    private final ShippingNotices notices;
    private final Warehouses warehouses;
    private final FulfilmentFees fees;
    private final FreightAccounts freight;
    private final Clock clock;

    OverseasFulfilments(
            Orders orders,
            OverseasFulfilmentRepository repository,
            ShippingNotices notices,
            Warehouses warehouses,
            FulfilmentFees fees,
            FreightAccounts freight,
            Clock clock) {
        this.orders = orders;
        this.repository = repository;
        this.notices = notices;
        this.warehouses = warehouses;
        this.fees = fees;
        this.freight = freight;
        this.clock = clock;
    }

    /** Sends what is left of these lines to their overseas warehouse; one live outbound order per order and warehouse. */
    @Transactional
    public OverseasFulfilment request(CurrentAccount me, long orderId, Set<Long> lineIds) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var order = orders.forSeller(seller.value(), orderId);
        order.requireWaitingForShipment();
        var items = new LinkedHashMap<Long, Integer>();
        var skus = new LinkedHashMap<String, Integer>();
        Long warehouseId = null;
        for (var lineId : lineIds) {
            var line = order.lines.stream()
                    .filter(l -> l.lineId() == lineId)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("lineIds", "UNKNOWN_ORDER_LINE"));
            if ("CN".equals(line.shipFromCountry())) {
                throw RuleViolationException.unnumbered("SHIPS_FROM_CHINA", line.lineId());
            }
            if (warehouseId != null && warehouseId != line.warehouseId()) {
                throw RuleViolationException.unnumbered("LINES_FROM_SEVERAL_WAREHOUSES");
            }
            warehouseId = line.warehouseId();
            if (line.remaining() > 0) {
                items.put(line.lineId(), line.remaining());
                skus.merge(line.skuCode(), line.remaining(), Integer::sum);
            }
        }
        if (items.isEmpty()) {
            throw new RuleViolationException(Rule.R_H9, "NOTHING_TO_SHIP");
        }
        if (repository.live(orderId, warehouseId).isPresent()) {
            throw new StateConflictException("OUTBOUND_ORDER_EXISTS");
        }
        var warehouse = warehouses.find(seller, warehouseId).orElseThrow(() -> new NotFoundException("warehouse"));
        var quoted = fees.quote(seller, warehouseId, skus).orElse(List.of());
        return repository.insert(seller.value(), orderId, warehouse, items, quoted, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<OverseasFulfilment> forOrder(CurrentAccount me, long orderId) {
        var seller = me.requirePermission(Permission.SHIPPING);
        return repository.forOrder(seller.value(), orderId);
    }

    @Transactional(readOnly = true)
    public OverseasFulfilment find(CurrentAccount me, long id) {
        var seller = me.requirePermission(Permission.SHIPPING);
        return repository.find(seller.value(), id).orElseThrow(() -> new NotFoundException("outbound order"));
    }

    /** A self-built warehouse's shipment, entered by the seller; a third party's warehouse reports its own. */
    @Transactional
    public OverseasFulfilment shippedBySeller(
            CurrentAccount me, long id, String serviceName, String trackingNo, String carrier) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var fulfilment = lock(seller.value(), id);
        if (fulfilment.warehouseKind() != Warehouse.Kind.SELF_BUILT) {
            throw new StateConflictException("REPORTED_BY_WAREHOUSE");
        }
        return ship(fulfilment, serviceName, trackingNo, carrier);
    }

    /** The third-party warehouse's signed event: SHIPPED with its local carrier, or CANCELLED; a repeat changes nothing. */
    @Transactional
    public OverseasFulfilment warehouseReported(
            String outboundNo, String event, String serviceName, String trackingNo, String carrier) {
        var id = OverseasFulfilment.idOf(outboundNo).orElseThrow(() -> new NotFoundException("outbound order"));
        var fulfilment = repository.lockById(id).orElseThrow(() -> new NotFoundException("outbound order"));
        if (fulfilment.warehouseKind() != Warehouse.Kind.THIRD_PARTY) {
            throw new StateConflictException("ENTERED_BY_SELLER");
        }
        return switch (event) {
            case "SHIPPED" -> ship(fulfilment, serviceName, trackingNo, carrier);
            case "CANCELLED" ->
                fulfilment.status() == OverseasFulfilment.Status.CANCELLED ? fulfilment : cancel(fulfilment);
            default -> throw new InvalidInputException("event", "UNKNOWN_EVENT");
        };
    }

    /** The seller withdraws the outbound order before it ships. */
    @Transactional
    public OverseasFulfilment cancel(CurrentAccount me, long id) {
        var seller = me.requirePermission(Permission.SHIPPING);
        return cancel(lock(seller.value(), id));
    }

    private OverseasFulfilment cancel(OverseasFulfilment f) {
        if (f.status() != OverseasFulfilment.Status.REQUESTED) {
            throw new StateConflictException("OUTBOUND_ORDER_NOT_REQUESTED");
        }
        repository.cancelled(f.id(), clock.instant());
        return repository.lockById(f.id()).orElseThrow();
    }

    /**
     * Ships once: the notice, the stock and the fees follow the move from REQUESTED only; the same report again is
     * answered with what was recorded, so a retried event never ships or charges twice.
     */
    private OverseasFulfilment ship(OverseasFulfilment f, String serviceName, String trackingNo, String carrier) {
        if (f.status() == OverseasFulfilment.Status.SHIPPED && f.trackingNo().equals(trackingNo.trim())) {
            return f;
        }
        if (f.status() != OverseasFulfilment.Status.REQUESTED) {
            throw new StateConflictException("OUTBOUND_ORDER_NOT_REQUESTED");
        }
        var order = orders.forSeller(f.sellerId(), f.orderId());
        var notice = notices.declareOverseas(f.sellerId(), order, f.items(), serviceName, trackingNo, carrier);
        repository.shipped(f.id(), serviceName, trackingNo.trim(), carrier, notice.noticeId(), clock.instant());
        var seller = new SellerId(f.sellerId());
        for (var fee : f.fees()) {
            freight.charge(
                    seller,
                    "overseas:" + (fee.kind().equals("HANDLING") ? "handling" : "last-mile") + ":" + f.id(),
                    fee.amount());
        }
        return repository.lockById(f.id()).orElseThrow();
    }

    private OverseasFulfilment lock(long seller, long id) {
        return repository
                .lockById(id)
                .filter(f -> f.sellerId() == seller)
                .orElseThrow(() -> new NotFoundException("outbound order"));
    }
}
