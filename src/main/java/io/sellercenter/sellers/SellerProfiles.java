package io.sellercenter.sellers;

import io.sellercenter.accounts.SellerId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may know of a seller's settling in: its major category and its stores. */
@Service
public class SellerProfiles {

    private final JdbcClient jdbc;

    SellerProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> majorCategoryId(SellerId sellerId) {
        return jdbc.sql("select major_category_id from seller_categories where seller_id = ?")
                .param(sellerId.value())
                .query(Long.class)
                .optional();
    }

    public List<Long> storeIds(SellerId sellerId) {
        return jdbc.sql("select id from stores where seller_id = ? order by id")
                .param(sellerId.value())
                .query(Long.class)
                .list();
    }

    /** A store as other modules name it in their pages. */
    public record StoreName(long storeId, String name) {}

    public List<StoreName> stores(SellerId sellerId) {
        return jdbc.sql("select id, name from stores where seller_id = ? order by id")
                .param(sellerId.value())
                .query((rs, n) -> new StoreName(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public boolean ownsStore(SellerId sellerId, long storeId) {
        return jdbc.sql("select count(*) > 0 from stores where id = ? and seller_id = ?")
                .params(storeId, sellerId.value())
                .query(Boolean.class)
                .single();
    }
}
