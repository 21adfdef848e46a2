package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.Term;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening stores (R-S7): specialized, exclusive or official, once the seller is settled in. */
@Service
public class StoreManagement {

    public enum StoreType {
        SPECIALIZED,
        EXCLUSIVE,
        OFFICIAL
    }

    public record Store(
            long storeId, long sellerId, String name, StoreType type, List<Long> brandIds, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Brands brands;
    private final Onboarding onboarding;
    private final Clock clock;

    StoreManagement(JdbcClient jdbc, Brands brands, Onboarding onboarding, Clock clock) {
        this.jdbc = jdbc;
        this.brands = brands;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    @Transactional
    public Store open(CurrentAccount me, String name, StoreType type, Set<Long> brandIds) {
        var seller = me.requireMain().value();
        // one store opening at a time per seller, so two racing requests cannot share an exclusive brand
        jdbc.sql("select pg_advisory_xact_lock(hashtext('stores:' || ?))")
                .param(seller)
                .query(Object.class)
                .single();
        var chosen = new ArrayList<Brand>();
        for (var id : new LinkedHashSet<>(brandIds)) {
            chosen.add(brands.findById(id)
                    .filter(b -> b.sellerId() == seller)
                    .orElseThrow(() -> new InvalidInputException("brandIds", "UNKNOWN_BRAND")));
        }
        var missing = new ArrayList<>(onboarding.settledInMissing(seller));
        if (chosen.isEmpty() || chosen.stream().anyMatch(b -> b.status() != Brand.Status.APPROVED)) {
            missing.add("BRAND_APPROVED");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(Rule.R_S7, "STORE_REQUIREMENTS_MISSING", String.join(", ", missing))
                    .with("missing", missing);
        }
        if (type != StoreType.SPECIALIZED) {
            if (chosen.size() != 1) {
                throw new RuleViolationException(Rule.R_S7, "ONE_BRAND_FOR_STORE_TYPE", Term.of("storeType", type));
            }
            if (!chosen.getFirst().ownedOrExclusivelyAuthorized()) {
                throw new RuleViolationException(Rule.R_S7, "BRAND_NOT_OWNED_OR_EXCLUSIVE", Term.of("storeType", type));
            }
            var taken = jdbc.sql("""
                            select count(*) > 0 from stores s join store_brands sb on sb.store_id = s.id
                            where sb.brand_id = ? and s.type in ('EXCLUSIVE', 'OFFICIAL')""")
                    .param(chosen.getFirst().id())
                    .query(Boolean.class)
                    .single();
            if (taken) {
                throw new StateConflictException("BRAND_HAS_STORE");
            }
        }
        var id = jdbc.sql(
                        "insert into stores (version, seller_id, name, type, created_at) values (0, ?, ?, ?, ?) returning id")
                .params(seller, name, type.name(), Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (var brand : chosen) {
            jdbc.sql("insert into store_brands (store_id, brand_id) values (?, ?)")
                    .params(id, brand.id())
                    .update();
        }
        return find(seller, id);
    }

    @Transactional(readOnly = true)
    public List<Store> list(CurrentAccount me) {
        var seller = me.requireSeller().value();
        return jdbc
                .sql("select id from stores where seller_id = ? order by id")
                .param(seller)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(seller, id))
                .toList();
    }

    @Transactional(readOnly = true)
    public Store get(CurrentAccount me, long storeId) {
        return find(me.requireSeller().value(), storeId);
    }

    private Store find(long seller, long storeId) {
        var brandIds = jdbc.sql("select brand_id from store_brands where store_id = ? order by brand_id")
                .param(storeId)
                .query(Long.class)
                .list();
        return jdbc.sql("select id, seller_id, name, type, created_at from stores where id = ? and seller_id = ?")
                .params(storeId, seller)
                .query((rs, n) -> new Store(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        StoreType.valueOf(rs.getString(4)),
                        brandIds,
                        rs.getTimestamp(5).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("store"));
    }
}
