package io.sellercenter.shipping.web;

import io.sellercenter.shipping.LogisticsServices;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Pages show a logistics service by its name in the reader's language ({@code ${@serviceNames.of(code)}}). */
@Component("serviceNames")
class ServiceNames {

    private final LogisticsServices services;

    ServiceNames(LogisticsServices services) {
        this.services = services;
    }

    /** The service's name, its code when no channel has it (a carrier of the seller's own), nothing for none. */
    public String of(String serviceCode) {
        if (serviceCode == null) {
            return "";
        }
        var chinese = LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return services.channel(serviceCode)
                .map(c -> chinese ? c.nameZh() : c.nameEn())
                .orElse(serviceCode);
    }
}
