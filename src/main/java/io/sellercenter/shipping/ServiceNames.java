package io.sellercenter.shipping;

import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Pages show a logistics service by its name in the reader's language ({@code ${@serviceNames.of(code)}}). One per
 * request, so that a page listing many parcels reads the logistics network once.
 */
@Component("serviceNames")
@RequestScope
public class ServiceNames {

    private final Supplier<LogisticsServices.Network> network;

    ServiceNames(LogisticsServices services) {
        this.network = SingletonSupplier.of(services::network);
    }

    /** The service's name, its code when no channel has it (a carrier of the seller's own), nothing for none. */
    public String of(String serviceCode) {
        if (serviceCode == null) {
            return "";
        }
        var chinese = LocaleContextHolder.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
        return network.get()
                .channel(serviceCode)
                .map(c -> chinese ? c.nameZh() : c.nameEn())
                .orElse(serviceCode);
    }
}
