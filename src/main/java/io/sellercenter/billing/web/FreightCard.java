package io.sellercenter.billing.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.web.ReaderZone;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's freight card: what online shipping cost per week, the last 12 weeks (loaded by htmx). */
@Controller
class FreightCard {

    static final int WEEKS = 12;

    private final FreightAccounts accounts;
    private final JsonMapper json;

    FreightCard(FreightAccounts accounts, JsonMapper json) {
        this.accounts = accounts;
        this.json = json;
    }

    @GetMapping("/seller/dashboard/freight")
    String freight(CurrentAccount me, HttpServletRequest request, Model model) {
        var zone = ReaderZone.of(request);
        var charges = accounts.chargedPerWeek(me, WEEKS, zone);
        var firstMonday = LocalDate.now(zone).with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1L);
        var weeks = new ArrayList<LocalDate>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(firstMonday.plusWeeks(i));
        }
        var currencies = new TreeSet<String>();
        charges.forEach(c -> currencies.add(c.amount().currency().getCurrencyCode()));
        var series = new ArrayList<Map<String, Object>>();
        for (var currency : currencies) {
            var byWeek = new LinkedHashMap<LocalDate, BigDecimal>();
            weeks.forEach(w -> byWeek.put(w, BigDecimal.ZERO));
            charges.stream()
                    .filter(c -> c.amount().currency().getCurrencyCode().equals(currency))
                    .forEach(c -> byWeek.computeIfPresent(
                            c.week(), (w, sum) -> sum.add(c.amount().amount())));
            series.add(Map.of("name", currency, "data", List.copyOf(byWeek.values())));
        }
        model.addAttribute("charged", !charges.isEmpty());
        model.addAttribute(
                "freightChart",
                json.writeValueAsString(Map.of(
                        "kind",
                        "bars",
                        "labels",
                        weeks.stream().map(w -> w.toString().substring(5)).toList(),
                        "series",
                        series)));
        return "seller/dashboard-cards :: freight";
    }
}
