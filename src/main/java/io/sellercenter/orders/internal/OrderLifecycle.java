package io.sellercenter.orders.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.billing.Payment;
import io.sellercenter.billing.PaymentSucceeded;
import io.sellercenter.billing.Payments;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.orders.CancellationRequested;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.products.ProductCatalog;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.ParcelDelivered;
import io.sellercenter.warehouses.StockReservations;
import io.sellercenter.warehouses.Warehouses;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Placing, paying, cancelling, confirming and disputing orders; every step goes through the aggregate. */
@Service
@NamedInterface("gateway")
public class OrderLifecycle {

    static final String PAYMENT_PURPOSE = "ORDER";

    public record Item(long productId, String skuCode, int quantity) {}

    private final Orders orders;
    private final OrderDeadlines deadlines;
    private final OrderTimers timers;
    private final ProductCatalog catalog;
    private final Warehouses warehouses;
    private final StockReservations stock;
    private final Payments payments;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrderLifecycle(
            Orders orders,
            OrderDeadlines deadlines,
            OrderTimers timers,
            ProductCatalog catalog,
            Warehouses warehouses,
            StockReservations stock,
            Payments payments,
            JsonMapper json,
            Clock clock,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.deadlines = deadlines;
        this.timers = timers;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.stock = stock;
        this.payments = payments;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    static String paymentReference(long orderId) {
        return "order:" + orderId;
    }

    /** Places an order of one store's SKUs, reserving stock at each SKU's ship-from warehouse. */
    @Transactional
    public long place(CurrentAccount buyer, List<Item> items, PostalAddress address, String logisticsServiceCode) {
        var buyerId = buyer.requireBuyer();
        checkAddress(address);
        var lines = new ArrayList<Orders.NewLine>();
        Long seller = null;
        Long store = null;
        Money total = null;
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var field = "items[" + i + "]";
            var listing = catalog.listing(item.productId(), item.skuCode())
                    .orElseThrow(() -> new InvalidInputException(field, "UNKNOWN_PRODUCT_SKU"));
            if (store != null && store != listing.storeId()) {
                throw RuleViolationException.unnumbered("ITEMS_FROM_SEVERAL_STORES");
            }
            seller = listing.sellerId();
            store = listing.storeId();
            if (total != null && !total.currency().equals(listing.price().currency())) {
                throw new InvalidInputException(field, "CURRENCY_MIXED");
            }
            var overseas = catalog.shipFromWarehouse(item.productId(), item.skuCode(), address.country());
            var warehouse = overseas.isPresent()
                    ? warehouses
                            .find(new SellerId(listing.sellerId()), overseas.get())
                            .orElseThrow()
                    : warehouses
                            .defaultDomestic(new SellerId(listing.sellerId()))
                            .orElseThrow(() -> new StateConflictException("OUT_OF_STOCK", item.skuCode()));
            stock.reserve(warehouse.warehouseId(), item.skuCode(), item.quantity());
            var lineTotal = listing.price().minorUnits() * item.quantity();
            total = new Money(
                    (total == null ? 0 : total.minorUnits()) + lineTotal,
                    listing.price().currency());
            lines.add(new Orders.NewLine(
                    listing.productId(),
                    listing.skuCode(),
                    listing.title(),
                    listing.goodsType(),
                    listing.attributes(),
                    item.quantity(),
                    listing.price(),
                    listing.handlingDays(),
                    warehouse.warehouseId(),
                    warehouse.country()));
        }
        return orders.insert(
                seller,
                store,
                buyerId,
                buyer.displayName(),
                logisticsServiceCode,
                json.writeValueAsString(address),
                address.country(),
                total,
                clock.instant(),
                lines);
    }

    /** Starts the buyer's payment at a provider; the order moves on when the provider confirms it. */
    @Transactional
    public Payment pay(CurrentAccount buyer, long orderId, ProviderCode provider) {
        var order = orders.forBuyer(buyer.requireBuyer(), orderId);
        if (order.status != OrderStatus.PLACE_ORDER_SUCCESS) {
            throw StateConflictException.illegalTransition("orderStatus", order.status, OrderStatus.RISK_CONTROL);
        }
        return payments.start(
                new SellerId(order.sellerId),
                PAYMENT_PURPOSE,
                paymentReference(orderId),
                order.total,
                provider,
                "Order " + orderId);
    }

    /** A delivered online parcel shortens the time the buyer has to confirm receipt. */
    @ApplicationModuleListener
    void on(ParcelDelivered delivered) {
        var order = orders.lock(delivered.orderId()).orElseThrow();
        order.delivered(delivered.deliveredAt(), timers.confirmAfterDelivery);
        save(order);
    }

    /** Asynchronous, after the notification's transaction: the provider's confirmation never waits on it. */
    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (!paid.purpose().equals(PAYMENT_PURPOSE)) {
            return;
        }
        var orderId = Long.parseLong(paid.reference().substring("order:".length()));
        var order = orders.lock(orderId).orElseThrow();
        order.paid(clock.instant());
        if (timers.riskControl.isZero()) {
            order.passRiskControl();
        }
        save(order);
    }

    @Transactional
    public void cancel(CurrentAccount buyer, long orderId, String reason) {
        var order = orders.forBuyer(buyer.requireBuyer(), orderId);
        if (!order.paidFor()) {
            order.cancelUnpaid();
            deadlines.releaseUnshipped(order);
        } else {
            order.requestCancel(reason);
            events.publishEvent(new CancellationRequested(order.id, order.sellerId));
        }
        save(order);
    }

    @Transactional
    public void answerCancel(CurrentAccount seller, long orderId, boolean accept) {
        var order = orders.forSeller(seller.requirePermission(Permission.ORDERS).value(), orderId);
        if (accept) {
            order.acceptCancel();
            deadlines.releaseUnshipped(order);
            payments.refund(paymentReference(orderId));
        } else {
            order.refuseCancel();
        }
        save(order);
    }

    @Transactional
    public void confirmReceipt(CurrentAccount buyer, long orderId) {
        var order = orders.forBuyer(buyer.requireBuyer(), orderId);
        order.confirmReceipt();
        save(order);
    }

    @Transactional
    public void openDispute(CurrentAccount buyer, long orderId, String reason) {
        var order = orders.forBuyer(buyer.requireBuyer(), orderId);
        order.openDispute(reason);
        save(order);
    }

    @Transactional
    public void resolveDispute(CurrentAccount staff, long orderId, boolean refund) {
        staff.requireStaff(StaffRole.ADMIN);
        var order = orders.lock(orderId).orElseThrow(() -> new NotFoundException("order"));
        order.resolveDispute(refund);
        if (refund) {
            deadlines.releaseUnshipped(order);
            payments.refund(paymentReference(orderId));
        }
        save(order);
    }

    @Transactional
    public void freeze(CurrentAccount staff, long orderId, boolean frozen) {
        staff.requireStaff(StaffRole.ADMIN);
        var order = orders.lock(orderId).orElseThrow(() -> new NotFoundException("order"));
        if (frozen) {
            order.freeze();
        } else {
            order.unfreeze();
        }
        save(order);
    }

    @Transactional
    public void extendReceipt(CurrentAccount seller, long orderId, int days) {
        var order = orders.forSeller(seller.requirePermission(Permission.ORDERS).value(), orderId);
        order.extendReceipt(days, timers.receiptExtensionLimitDays);
        save(order);
    }

    /** An order and the quantities of its lines leaving now. */
    record Shipment(Order order, Map<Long, Integer> quantities) {}

    /**
     * Ships many orders, quantities per line (R-H1, R-H9): each through its aggregate, then the reserved stock leaving
     * the warehouse, the orders and their deadlines written in a few set-based statements. Returns per shipment why it was refused, or null.
     */
    List<DomainException> shipAll(List<Shipment> shipments) {
        var failures = new ArrayList<DomainException>();
        var shipped = new ArrayList<Order>();
        var stockOut = new ArrayList<StockReservations.Shipped>();
        var now = clock.instant();
        for (var s : shipments) {
            try {
                s.order().ship(s.quantities(), now, timers.promisedDelivery);
                failures.add(null);
                shipped.add(s.order());
                for (var line : s.order().lines) {
                    var q = s.quantities().getOrDefault(line.lineId(), 0);
                    if (q > 0) {
                        stockOut.add(new StockReservations.Shipped(line.warehouseId(), line.skuCode(), q));
                    }
                }
            } catch (DomainException e) {
                failures.add(e);
            }
        }
        if (!shipped.isEmpty()) {
            stock.shipAll(stockOut);
            orders.saveAll(shipped, now);
            deadlines.syncAll(shipped);
        }
        return failures;
    }

    private static void checkAddress(PostalAddress address) {
        var errors = new ArrayList<InvalidInputException.FieldError>();
        var country = address.country();
        if (!Set.of(Locale.getISOCountries()).contains(country)) {
            errors.add(new InvalidInputException.FieldError("shippingAddress.country", "UNKNOWN_COUNTRY"));
        } else {
            var phones = PhoneNumberUtil.getInstance();
            try {
                var number = phones.parse(address.mobileNo(), country);
                if (!phones.isValidNumber(number)) {
                    errors.add(new InvalidInputException.FieldError("shippingAddress.mobileNo", "PHONE_INVALID"));
                }
            } catch (NumberParseException e) {
                errors.add(new InvalidInputException.FieldError("shippingAddress.mobileNo", "PHONE_INVALID"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    void save(Order order) {
        orders.save(order, clock.instant());
        deadlines.sync(order);
    }
}
