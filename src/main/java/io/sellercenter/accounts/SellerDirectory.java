package io.sellercenter.accounts;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Sellers' names for other modules' screens. */
@Service
public class SellerDirectory {

    private final JdbcClient jdbc;

    SellerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> displayName(SellerId sellerId) {
        return jdbc.sql("select display_name from sellers where id = ?")
                .param(sellerId.value())
                .query(String.class)
                .optional();
    }
}
