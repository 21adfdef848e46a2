package io.sellercenter.shipping.internal;

import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Labels of the seller's live logistics orders, one or many, found by logistics-order or order number (R-H15). */
@Service
public class Labels {

    public static final int MAX_BATCH = 1000;

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
        renderer.render(List.of(one(sellerId, logisticsOrderId)), out);
    }

    @Transactional(readOnly = true)
    public String zpl(long sellerId, long logisticsOrderId) {
        return LabelRenderer.zpl(one(sellerId, logisticsOrderId));
    }

    /** One PDF of many labels, each once, in the order asked; unknown or others' ids are refused. */
    @Transactional(readOnly = true)
    public void batch(long sellerId, List<Long> logisticsOrderIds, List<Long> orderIds, OutputStream out) {
        var ids = new LinkedHashSet<Long>(logisticsOrderIds);
        for (var orderId : orderIds) {
            ids.add(jdbc.sql(
                            "select id from logistics_orders where seller_id = ? and order_id = ? and status <> 'CANCELLED'")
                    .params(sellerId, orderId)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> new InvalidInputException("orderIds", "NO_LOGISTICS_ORDER")));
        }
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw new InvalidInputException("logisticsOrderIds", "LABEL_BATCH_SIZE");
        }
        var labels = new ArrayList<Label>();
        for (var id : ids) {
            labels.add(one(sellerId, id));
        }
        renderer.render(labels, out);
    }

    private Label one(long sellerId, long id) {
        return jdbc.sql("""
                        select l.id, l.order_id, l.lp_number, l.intl_tracking_no, c.name_en, c.kind, w.sort_code,
                               l.undeliverable_decision, l.sender, l.receiver, l.declared_items, l.package
                        from logistics_orders l
                        join logistics_channels c on c.service_code = l.service_code
                        join transit_warehouses w on w.code = l.transit_warehouse_code
                        where l.id = ? and l.seller_id = ? and l.status <> 'CANCELLED'""")
                .params(id, sellerId)
                .query((rs, n) -> new Label(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6).equals("POSTAL"),
                        rs.getString(7),
                        rs.getString(8),
                        json.readValue(rs.getString(9), new TypeReference<Map<String, String>>() {}),
                        json.readValue(rs.getString(10), new TypeReference<Map<String, String>>() {}),
                        json.readValue(rs.getString(11), new TypeReference<List<Map<String, Object>>>() {}),
                        json.readTree(rs.getString(12)).path("weightGrams").asInt()))
                .optional()
                .orElseThrow(() -> new NotFoundException("logistics order"));
    }
}
