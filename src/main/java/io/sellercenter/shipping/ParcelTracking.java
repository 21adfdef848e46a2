package io.sellercenter.shipping;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A parcel's tracking timeline as the carriers reported it, described in the reader's language. */
@Service
public class ParcelTracking {

    /** One carrier event: the marketplace's action code, what it means, where and when. */
    public record TrackingEntry(String actionCode, String description, String location, Instant occurredAt) {}

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ParcelTracking(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The seller's logistics order's events, oldest first; another seller's is not found. */
    @Transactional(readOnly = true)
    public List<TrackingEntry> timeline(SellerId sellerId, long logisticsOrderId) {
        var locale = LocaleContextHolder.getLocale();
        // one row per event, or a single row of nulls for a parcel with none; no row when the parcel is not the
        // seller's
        var rows = jdbc.sql("""
                        select e.action_code, e.location, e.occurred_at from logistics_orders l
                        left join tracking_events e on e.logistics_order_id = l.id
                        where l.id = ? and l.seller_id = ?
                        order by e.occurred_at, e.id""")
                .params(logisticsOrderId, sellerId.value())
                .query((rs, n) -> rs.getString(1) == null
                        ? null
                        : new TrackingEntry(
                                rs.getString(1),
                                messages.getMessage("tracking." + rs.getString(1), null, rs.getString(1), locale),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant()))
                .list();
        if (rows.isEmpty()) {
            throw new NotFoundException("logistics order");
        }
        return rows.stream().filter(Objects::nonNull).toList();
    }
}
