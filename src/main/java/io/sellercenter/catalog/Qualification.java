package io.sellercenter.catalog;

import java.util.Locale;

/** A qualification document a major category requires of its sellers (R-S4), e.g. a 3C certificate. */
public record Qualification(String code, String nameEn, String nameZh) {

    public String name(Locale locale) {
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }
}
