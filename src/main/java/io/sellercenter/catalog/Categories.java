package io.sellercenter.catalog;

import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Read access to the category tree for every module. */
@Service
@Transactional(readOnly = true)
public class Categories {

    private static final String SELECT = """
            select id, parent_id, name_en, name_zh, deposit_minor, deposit_currency,
                   qualification_en, qualification_zh, overseas_ship_from_open, required_qualifications
            from categories""";

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.sql(SELECT + " order by coalesce(parent_id, id), parent_id nulls first, name_en")
                .query(Categories::map)
                .list();
    }

    public Optional<Category> find(long categoryId) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(categoryId)
                .query(Categories::map)
                .optional();
    }

    public Category get(long categoryId) {
        return find(categoryId).orElseThrow(() -> new NotFoundException("category"));
    }

    /** The category and every category below it, in tree order. */
    public List<Category> within(long ancestorId) {
        var all = all();
        var parents = new HashMap<Long, Long>();
        all.forEach(c -> parents.put(c.categoryId(), c.parentId()));
        return all.stream()
                .filter(c -> {
                    for (Long at = c.categoryId(); at != null; at = parents.get(at)) {
                        if (at == ancestorId) {
                            return true;
                        }
                    }
                    return false;
                })
                .toList();
    }

    /** Whether {@code categoryId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(long categoryId, long ancestorId) {
        return jdbc.sql("""
                        with recursive up(id, parent_id) as (
                          select id, parent_id from categories where id = ?
                          union all
                          select c.id, c.parent_id from categories c join up on c.id = up.parent_id)
                        select exists(select 1 from up where id = ?)""").params(categoryId, ancestorId).query(Boolean.class).single();
    }

    static Category map(ResultSet rs, int row) throws SQLException {
        return new Category(
                rs.getLong("id"),
                (Long) rs.getObject("parent_id"),
                rs.getString("name_en"),
                rs.getString("name_zh"),
                new Money(rs.getLong("deposit_minor"), Currency.getInstance(rs.getString("deposit_currency"))),
                rs.getString("qualification_en"),
                rs.getString("qualification_zh"),
                rs.getBoolean("overseas_ship_from_open"),
                List.of(JSON.readValue(rs.getString("required_qualifications"), Qualification[].class)));
    }
}
