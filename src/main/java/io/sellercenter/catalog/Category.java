package io.sellercenter.catalog;

import io.sellercenter.shared.Money;
import java.util.List;
import java.util.Locale;

/** One category of the platform tree; top-level categories are the major categories sellers choose (R-S4). */
public record Category(
        long categoryId,
        Long parentId,
        String nameEn,
        String nameZh,
        Money deposit,
        String qualificationEn,
        String qualificationZh,
        boolean overseasShipFromOpen,
        List<Qualification> requiredQualifications) {

    public boolean isTopLevel() {
        return parentId == null;
    }

    public String name(Locale locale) {
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }

    public String qualification(Locale locale) {
        return locale.getLanguage().equals("zh") ? qualificationZh : qualificationEn;
    }
}
