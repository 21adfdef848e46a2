package io.sellercenter.catalog.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
            boolean overseasShipFromOpen) {}

    private final JdbcClient jdbc;
    private final Categories categories;

    CategoryManagement(JdbcClient jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
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
                                                qualification_en, qualification_zh, overseas_ship_from_open)
                        values (0, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        draft.parentId(),
                        draft.nameEn(),
                        draft.nameZh(),
                        draft.deposit().minorUnits(),
                        draft.deposit().currency().getCurrencyCode(),
                        nullToEmpty(draft.qualificationEn()),
                        nullToEmpty(draft.qualificationZh()),
                        draft.overseasShipFromOpen())
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
                               overseas_ship_from_open = ?
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
