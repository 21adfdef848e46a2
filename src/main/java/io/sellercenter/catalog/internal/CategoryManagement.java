package io.sellercenter.catalog.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.catalog.Qualification;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The platform admin's maintenance of the category tree. */
@Service
public class CategoryManagement {

    public record CategoryDraft(
            Long parentId,
            String nameEn,
            String nameZh,
            Money deposit,
            String qualificationEn,
            String qualificationZh,
            boolean overseasShipFromOpen,
            List<Qualification> requiredQualifications) {

        public CategoryDraft {
            requiredQualifications = requiredQualifications == null ? List.of() : List.copyOf(requiredQualifications);
        }
    }

    private final JdbcClient jdbc;
    private final Categories categories;
    private final JsonMapper json;

    CategoryManagement(JdbcClient jdbc, Categories categories, JsonMapper json) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.json = json;
    }

    @Transactional
    public Category create(CurrentAccount admin, CategoryDraft draft) {
        admin.requireStaff(StaffRole.ADMIN);
        return categories.get(insert(draft));
    }

    /** Without an admin check: for demo data and the first start. */
    @Transactional
    public long insert(CategoryDraft draft) {
        requireParent(draft.parentId());
        return jdbc.sql("""
                        insert into categories (version, parent_id, name_en, name_zh, deposit_minor, deposit_currency,
                                                qualification_en, qualification_zh, overseas_ship_from_open,
                                                required_qualifications)
                        values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""")
                .params(
                        draft.parentId(),
                        draft.nameEn(),
                        draft.nameZh(),
                        draft.deposit().minorUnits(),
                        draft.deposit().currency().getCurrencyCode(),
                        nullToEmpty(draft.qualificationEn()),
                        nullToEmpty(draft.qualificationZh()),
                        draft.overseasShipFromOpen(),
                        qualifications(draft))
                .query(Long.class)
                .single();
    }

    @Transactional
    public Category change(CurrentAccount admin, long categoryId, CategoryDraft draft) {
        admin.requireStaff(StaffRole.ADMIN);
        categories.get(categoryId);
        requireParent(draft.parentId());
        if (draft.parentId() != null && categories.isWithin(draft.parentId(), categoryId)) {
            throw new InvalidInputException("parentId", "CATEGORY_CYCLE");
        }
        jdbc.sql("""
                        update categories set version = version + 1, parent_id = ?, name_en = ?, name_zh = ?,
                               deposit_minor = ?, deposit_currency = ?, qualification_en = ?, qualification_zh = ?,
                               overseas_ship_from_open = ?, required_qualifications = ?::jsonb
                        where id = ?""")
                .params(
                        draft.parentId(),
                        draft.nameEn(),
                        draft.nameZh(),
                        draft.deposit().minorUnits(),
                        draft.deposit().currency().getCurrencyCode(),
                        nullToEmpty(draft.qualificationEn()),
                        nullToEmpty(draft.qualificationZh()),
                        draft.overseasShipFromOpen(),
                        qualifications(draft),
                        categoryId)
                .update();
        return categories.get(categoryId);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("select count(*) = 0 from categories")
                .query(Boolean.class)
                .single();
    }

    private void requireParent(Long parentId) {
        if (parentId != null && categories.find(parentId).isEmpty()) {
            throw new InvalidInputException("parentId", "UNKNOWN_CATEGORY");
        }
        if (parentId == null) {
            return;
        }
        if (categories
                        .find(parentId)
                        .orElseThrow(() -> new NotFoundException("category"))
                        .parentId()
                != null) {
            // two levels: the major category and its sub-categories
            throw new InvalidInputException("parentId", "CATEGORY_TOO_DEEP");
        }
    }

    /** R-S4: each required document once, by its code. */
    private String qualifications(CategoryDraft draft) {
        var codes = new HashSet<String>();
        for (var q : draft.requiredQualifications()) {
            if (!codes.add(q.code())) {
                throw new InvalidInputException("requiredQualifications", "DUPLICATE_QUALIFICATION");
            }
        }
        return json.writeValueAsString(draft.requiredQualifications());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
