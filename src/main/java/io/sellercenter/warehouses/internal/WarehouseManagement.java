package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A seller's warehouses, domestic (CN) and overseas, self-built or with a third-party provider. */
@Service
public class WarehouseManagement {

    public record NewWarehouse(
            String name,
            Warehouse.Kind kind,
            String country,
            String address,
            String providerName,
            String customerCode) {}

    private final JdbcClient jdbc;
    private final Warehouses warehouses;
    private final Clock clock;

    WarehouseManagement(JdbcClient jdbc, Warehouses warehouses, Clock clock) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    @Transactional
    public Warehouse create(CurrentAccount me, NewWarehouse w) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        var country = w.country().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(country)) {
            throw new InvalidInputException("country", "UNKNOWN_COUNTRY");
        }
        if (w.kind() == Warehouse.Kind.THIRD_PARTY && (blank(w.providerName()) || blank(w.customerCode()))) {
            throw new InvalidInputException("provider", "PROVIDER_REQUIRED");
        }
        var firstDomestic = country.equals("CN")
                && warehouses.defaultDomestic(new SellerId(seller)).isEmpty();
        var id = jdbc.sql("""
                        insert into warehouses (version, seller_id, name, kind, country, address, provider_name, customer_code, is_default, created_at)
                        values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        seller,
                        w.name(),
                        w.kind().name(),
                        country,
                        w.address(),
                        w.kind() == Warehouse.Kind.THIRD_PARTY ? w.providerName() : null,
                        w.kind() == Warehouse.Kind.THIRD_PARTY ? w.customerCode() : null,
                        firstDomestic,
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return warehouses.find(new SellerId(seller), id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Warehouse> list(CurrentAccount me) {
        return warehouses.list(me.requireSeller());
    }

    @Transactional(readOnly = true)
    public Warehouse get(CurrentAccount me, long warehouseId) {
        return warehouses.find(me.requireSeller(), warehouseId).orElseThrow(() -> new NotFoundException("warehouse"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
