package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.products.ProductCatalog;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.SellerAddresses;
import io.sellercenter.shipping.UndeliverableDecision;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Logistics orders for many orders at once, each on the buyer's service, from the default sender address, its
 * parcel and declaration taken from the SKUs: what the seller would type for each, filled in once. Every order
 * goes through the same checks as one shipped from its own page ({@link OnlineShipping}); a refusal names its order.
 */
@Service
public class BulkShipping {

    public static final int MAX_ORDERS = 200;

    /** What the seller chooses once for all: handover, what happens if undeliverable, the Chinese declared name. */
    public record Defaults(Handover handover, UndeliverableDecision undeliverableDecision, String declaredNameCn) {}

    private final OrderQueries queries;
    private final OnlineShipping shipping;
    private final SellerAddresses addresses;
    private final ProductCatalog catalog;

    BulkShipping(OrderQueries queries, OnlineShipping shipping, SellerAddresses addresses, ProductCatalog catalog) {
        this.queries = queries;
        this.shipping = shipping;
        this.addresses = addresses;
        this.catalog = catalog;
    }

    /**
     * Not one transaction around the reads: an order that is not the seller's is refused on its own (a read-only
     * lookup that fails must not doom the rest); the logistics orders themselves are created in one, by {@link
     * OnlineShipping#createAll}.
     */
    public List<LogisticsOrders.Outcome> ship(CurrentAccount me, List<Long> orderIds, Defaults defaults) {
        var seller = me.requirePermission(Permission.SHIPPING);
        me.requirePermission(Permission.ORDERS);
        if (orderIds.isEmpty() || orderIds.size() > MAX_ORDERS) {
            throw new InvalidInputException("orderIds", "BULK_SIZE");
        }
        var sender = addresses
                .defaultOf(seller, SellerAddresses.Type.SENDER)
                .orElseThrow(() -> new InvalidInputException("sender", "NO_DEFAULT_SENDER"));
        var pickup = addresses.defaultOf(seller, SellerAddresses.Type.PICKUP).orElse(sender);
        var outcomes = new LogisticsOrders.Outcome[orderIds.size()];
        var forms = new ArrayList<OnlineShipping.Form>();
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < orderIds.size(); i++) {
            var id = orderIds.get(i);
            try {
                forms.add(form(me, id, defaults, sender, pickup));
                positions.add(i);
            } catch (DomainException e) {
                outcomes[i] = new LogisticsOrders.Outcome(id, null, e);
            }
        }
        var created = shipping.createAll(me, forms);
        for (int k = 0; k < created.size(); k++) {
            outcomes[positions.get(k)] = created.get(k);
        }
        return List.of(outcomes);
    }

    private OnlineShipping.Form form(
            CurrentAccount me,
            long orderId,
            Defaults d,
            SellerAddresses.Address sender,
            SellerAddresses.Address pickup) {
        var order = queries.forSellerDetail(me, orderId);
        if (order.buyerSelectedService() == null) {
            throw new RuleViolationException(Rule.R_H3, "BUYER_CHOSE_NO_SERVICE");
        }
        // lines shipped from an overseas warehouse leave from there, not in a parcel from China
        var fromChina = order.lines().stream()
                .filter(l -> l.quantity() > l.shippedQuantity() && "CN".equals(l.shipFromCountry()))
                .toList();
        if (fromChina.isEmpty()) {
            throw RuleViolationException.unnumbered("NOTHING_TO_SHIP_FROM_CHINA");
        }
        var packing = catalog.packing(
                fromChina.stream().mapToLong(OrderQueries.LineView::productId).toArray(),
                fromChina.stream().map(OrderQueries.LineView::skuCode).toArray(String[]::new));
        var items = new LinkedHashMap<Long, Integer>();
        var declared = new ArrayList<DeclaredItem>();
        int weight = 0;
        var length = BigDecimal.ZERO;
        var width = BigDecimal.ZERO;
        var height = BigDecimal.ZERO;
        for (var line : fromChina) {
            var quantity = line.quantity() - line.shippedQuantity();
            var p = packing.get(line.productId() + ":" + line.skuCode());
            if (p == null) {
                throw new InvalidInputException("orderIds", "SKU_PACKING_UNKNOWN");
            }
            items.put(line.orderLineId(), quantity);
            weight += p.weightGrams() * quantity;
            // the SKUs' boxes stacked: the longest and widest side, the heights added
            length = length.max(p.lengthCm());
            width = width.max(p.widthCm());
            height = height.add(p.heightCm().multiply(BigDecimal.valueOf(quantity)));
            declared.add(new DeclaredItem(
                    line.title().length() > 100 ? line.title().substring(0, 100) : line.title(),
                    d.declaredNameCn(),
                    p.hsCode() == null ? "" : p.hsCode(),
                    quantity,
                    line.unitPrice().amount(),
                    p.weightGrams()));
        }
        var everything = order.lines().stream()
                .allMatch(l -> l.quantity() == l.shippedQuantity()
                        || ("CN".equals(l.shipFromCountry()) && items.containsKey(l.orderLineId())));
        var from = sender.postal();
        return new OnlineShipping.Form(
                orderId,
                order.buyerSelectedService(),
                null,
                null,
                from,
                d.handover() == Handover.DOOR_PICKUP ? pickup.postal() : null,
                declared,
                new LogisticsServices.Parcel(weight, length, width, height.min(BigDecimal.valueOf(500))),
                d.handover(),
                false,
                d.undeliverableDecision(),
                false,
                everything ? null : items);
    }
}
