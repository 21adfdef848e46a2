package io.sellercenter.shipping;

import io.sellercenter.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
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
    public List<TrackingEntry> timeline(long sellerId, long logisticsOrderId) {
        var owned = jdbc.sql("select count(*) > 0 from logistics_orders where id = ? and seller_id = ?")
                .params(logisticsOrderId, sellerId)
                .query(Boolean.class)
                .single();
        if (!owned) {
            throw new NotFoundException("logistics order");
        }
        var locale = LocaleContextHolder.getLocale();
        return jdbc.sql(
                        "select action_code, location, occurred_at from tracking_events where logistics_order_id = ? order by occurred_at, id")
                .param(logisticsOrderId)
                .query((rs, n) -> new TrackingEntry(
                        rs.getString(1),
                        messages.getMessage("tracking." + rs.getString(1), null, rs.getString(1), locale),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }
}
