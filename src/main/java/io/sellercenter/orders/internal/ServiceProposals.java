package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.LogisticsServices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-H3 (seed 003): the buyer chose no logistics service, or one that cannot carry the parcel. The seller proposes one
 * in an order message; the buyer accepts it, and it becomes the buyer's service, so shipping on it needs no dispute
 * risk taken. A newer proposal supersedes an open one.
 */
@Service
public class ServiceProposals {

    public enum Status {
        PROPOSED,
        ACCEPTED,
        SUPERSEDED
    }

    public record Proposal(
            long proposalId,
            long orderId,
            String serviceCode,
            Status status,
            long messageId,
            Instant proposedAt,
            Instant decidedAt) {}

    private final JdbcClient jdbc;
    private final Orders orders;
    private final OrderMessages messages;
    private final LogisticsServices services;
    private final ServiceChoice choice;
    private final Clock clock;

    ServiceProposals(
            JdbcClient jdbc,
            Orders orders,
            OrderMessages messages,
            LogisticsServices services,
            ServiceChoice choice,
            Clock clock) {
        this.choice = choice;
        this.jdbc = jdbc;
        this.orders = orders;
        this.messages = messages;
        this.services = services;
        this.clock = clock;
    }

    /** Proposes the service to the buyer of an order waiting for shipment (SHIPPING and ORDERS: it is a message). */
    @Transactional
    public Proposal propose(CurrentAccount me, long orderId, String serviceCode) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        me.requirePermission(Permission.ORDERS);
        var order = orders.forSeller(seller, orderId);
        order.requireWaitingForShipment();
        var channel = services.channel(serviceCode)
                .filter(Channel::enabled)
                .orElseThrow(() -> new InvalidInputException("serviceCode", "UNKNOWN_SERVICE"));
        if (channel.serviceCode().equals(order.logisticsServiceCode)) {
            throw new StateConflictException("SERVICE_ALREADY_CHOSEN");
        }
        // only a service that can carry the parcel (its goods, weight, size, destination) is worth the buyer's yes
        var option = choice.options(seller, order, null, null).stream()
                .filter(o -> o.serviceCode().equals(channel.serviceCode()))
                .findFirst()
                .orElseThrow();
        if (option.unavailableReason() != null) {
            throw services.network()
                    .refusal(
                            option,
                            order.lines.stream().map(Order.Line::goodsType).collect(Collectors.toSet()));
        }
        // the buyer reads it abroad: the platform's service name in English, with its code
        var message = messages.post(
                me,
                order,
                "We propose to ship your order with " + channel.nameEn() + " (" + channel.serviceCode() + "), about "
                        + channel.deliveryDays() + " days on the way. Please accept it on your order so that we can"
                        + " ship with it.");
        var now = clock.instant();
        jdbc.sql(
                        "update service_proposals set status = 'SUPERSEDED', decided_at = ? where order_id = ? and status = 'PROPOSED'")
                .params(Timestamp.from(now), orderId)
                .update();
        var id = jdbc.sql("""
                        insert into service_proposals (order_id, seller_id, service_code, message_id, status, proposed_at)
                        values (?, ?, ?, ?, 'PROPOSED', ?) returning id""")
                .params(orderId, seller, channel.serviceCode(), message.messageId(), Timestamp.from(now))
                .query(Long.class)
                .single();
        return find(orderId, id);
    }

    /** The order's proposals, oldest first: the seller's (ORDERS) or the buyer's own order. */
    @Transactional(readOnly = true)
    public List<Proposal> list(CurrentAccount me, long orderId) {
        var owned = me.isSeller()
                ? jdbc.sql("select count(*) > 0 from orders where id = ? and seller_id = ?")
                        .params(orderId, me.requirePermission(Permission.ORDERS).value())
                : jdbc.sql("select count(*) > 0 from orders where id = ? and buyer_id = ?")
                        .params(orderId, me.requireBuyer());
        if (!owned.query(Boolean.class).single()) {
            throw new NotFoundException("order");
        }
        return jdbc.sql("select * from service_proposals where order_id = ? order by id")
                .param(orderId)
                .query(ServiceProposals::map)
                .list();
    }

    /** The buyer accepts an open proposal: its service becomes the order's buyer-chosen service. */
    @Transactional
    public Proposal accept(CurrentAccount buyer, long orderId, long proposalId) {
        var order = orders.forBuyer(buyer.requireBuyer(), orderId);
        var proposal = find(orderId, proposalId);
        if (proposal.status() != Status.PROPOSED) {
            throw new StateConflictException(
                    "PROPOSAL_NOT_OPEN", proposal.status().name());
        }
        order.acceptService(proposal.serviceCode());
        var now = clock.instant();
        orders.save(order, now);
        jdbc.sql("update service_proposals set status = 'ACCEPTED', decided_at = ? where id = ?")
                .params(Timestamp.from(now), proposalId)
                .update();
        return find(orderId, proposalId);
    }

    private Proposal find(long orderId, long proposalId) {
        return jdbc.sql("select * from service_proposals where order_id = ? and id = ?")
                .params(orderId, proposalId)
                .query(ServiceProposals::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("service proposal"));
    }

    private static Proposal map(ResultSet rs, int row) throws SQLException {
        var decided = rs.getTimestamp("decided_at");
        return new Proposal(
                rs.getLong("id"),
                rs.getLong("order_id"),
                rs.getString("service_code"),
                Status.valueOf(rs.getString("status")),
                rs.getLong("message_id"),
                rs.getTimestamp("proposed_at").toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
