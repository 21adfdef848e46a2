package io.sellercenter.shipping.internal;

import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.UndeliverableDecision;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Labels of the seller's live logistics orders, one or many, found by logistics-order or order number
 * (R-H15). A batch is read in chunks and its pages written to the output as they are drawn, so
 * memory stays bounded by two chunks however many labels are asked for.
 */
@Service
@NamedInterface("gateway")
public class Labels {

    public static final int MAX_BATCH = 10_000;
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LabelRenderer renderer;

    Labels(JdbcClient jdbc, JsonMapper json, LabelRenderer renderer) {
        this.jdbc = jdbc;
        this.json = json;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    public void pdf(long sellerId, long logisticsOrderId, OutputStream out) {
        renderer.render(load(sellerId, List.of(logisticsOrderId)), out);
    }

    @Transactional(readOnly = true)
    public String zpl(long sellerId, long logisticsOrderId) {
        return LabelRenderer.zpl(load(sellerId, List.of(logisticsOrderId)).getFirst());
    }

    /**
     * The logistics orders a batch prints, each once, in the order asked: unknown or others'
     * logistics orders are not found, order numbers without a live logistics order are refused.
     */
    @Transactional(readOnly = true)
    public List<Long> resolve(long sellerId, List<Long> logisticsOrderIds, List<Long> orderIds) {
        var ids = new LinkedHashSet<Long>();
        var owned = jdbc.sql("""
                        select l.id from unnest(?::bigint[]) with ordinality u(id, n)
                        left join logistics_orders l on l.id = u.id and l.seller_id = ? and l.status <> 'CANCELLED'
                        order by u.n""")
                .params(logisticsOrderIds.stream().mapToLong(Long::longValue).toArray(), sellerId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .list();
        for (var id : owned) {
            if (id == null) {
                throw new NotFoundException("logistics order");
            }
            ids.add(id);
        }
        var ofOrders = jdbc.sql("""
                        select l.id from unnest(?::bigint[]) with ordinality u(id, n)
                        left join logistics_orders l on l.order_id = u.id and l.seller_id = ? and l.status <> 'CANCELLED'
                        order by u.n""")
                .params(orderIds.stream().mapToLong(Long::longValue).toArray(), sellerId)
                .query((rs, n) -> (Long) rs.getObject(1))
                .list();
        for (var id : ofOrders) {
            if (id == null) {
                throw new InvalidInputException("orderIds", "NO_LOGISTICS_ORDER");
            }
            ids.add(id);
        }
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw new InvalidInputException("logisticsOrderIds", "LABEL_BATCH_SIZE");
        }
        refuseThirdParty(List.copyOf(ids));
        return List.copyOf(ids);
    }

    /**
     * A third party prints the label of its own logistics orders in its system (R-H14): 409 naming the waybill. Checked
     * before a batch streams; a single label is refused as it is read.
     */
    private void refuseThirdParty(List<Long> ids) {
        jdbc.sql("""
                        select l.intl_tracking_no from logistics_orders l
                        join logistics_channels c on c.service_code = l.service_code
                        where l.id = any(?) and c.kind = 'THIRD_PARTY' limit 1""")
                .param(ids.stream().mapToLong(Long::longValue).toArray())
                .query(String.class)
                .optional()
                .ifPresent(waybill -> {
                    throw new StateConflictException("LABEL_PRINTED_BY_THIRD_PARTY", waybill);
                });
    }

    /**
     * One PDF with a page per label, each page written out as it is drawn: while one chunk is drawn
     * the next is read on another thread, so at most two chunks are in memory and both cores work.
     */
    public void batch(long sellerId, List<Long> ids, OutputStream out) {
        try (var chunks = new ReadAhead(sellerId, ids)) {
            renderer.render(chunks, out);
        }
    }

    /** The labels in chunks, each read on another thread while the one before is drawn. */
    private final class ReadAhead implements Iterator<List<Label>>, AutoCloseable {

        private final ExecutorService reader =
                Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
        private final long sellerId;
        private final List<Long> ids;
        private int from;
        private Future<List<Label>> next;

        ReadAhead(long sellerId, List<Long> ids) {
            this.sellerId = sellerId;
            this.ids = ids;
            this.next = read(0);
        }

        @Override
        public boolean hasNext() {
            return from < ids.size();
        }

        @Override
        public List<Label> next() {
            var current = next;
            from += CHUNK;
            if (from < ids.size()) {
                next = read(from);
            }
            try {
                return current.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        private Future<List<Label>> read(int at) {
            return reader.submit(() -> load(sellerId, ids.subList(at, Math.min(ids.size(), at + CHUNK))));
        }

        @Override
        public void close() {
            reader.close();
        }
    }

    /** The labels of these logistics orders in the order given, read in one query. */
    private List<Label> load(long sellerId, List<Long> ids) {
        var labels = new ArrayList<Label>(ids.size());
        jdbc.sql("""
                        select l.id, l.order_id, l.lp_number, l.intl_tracking_no, c.name_en, c.kind, w.sort_code,
                               l.undeliverable_decision, l.sender, l.receiver, l.declared_items, l.package
                        from unnest(?::bigint[]) with ordinality u(id, n)
                        join logistics_orders l on l.id = u.id
                        join logistics_channels c on c.service_code = l.service_code
                        join transit_warehouses w on w.code = l.transit_warehouse_code
                        where l.seller_id = ? and l.status <> 'CANCELLED'
                        order by u.n""")
                .params(ids.stream().mapToLong(Long::longValue).toArray(), sellerId)
                .query((rs, n) -> {
                    if (rs.getString(6).equals("THIRD_PARTY")) {
                        throw new StateConflictException("LABEL_PRINTED_BY_THIRD_PARTY", rs.getString(4));
                    }
                    return new Label(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6).equals("POSTAL"),
                            rs.getString(7),
                            UndeliverableDecision.valueOf(rs.getString(8)),
                            json.readValue(rs.getString(9), PostalAddress.class),
                            json.readValue(rs.getString(10), PostalAddress.class),
                            json.readValue(rs.getString(11), new TypeReference<List<DeclaredItem>>() {}),
                            json.readTree(rs.getString(12)).path("weightGrams").asInt());
                })
                .list()
                .forEach(labels::add);
        if (labels.size() != ids.size()) {
            throw new NotFoundException("logistics order");
        }
        return labels;
    }
}
