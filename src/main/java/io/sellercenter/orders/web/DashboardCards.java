package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.OrderDashboard;
import io.sellercenter.shared.web.ReaderZone;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard's orders card: what waits, and the last 30 days in two charts (loaded into the dashboard by htmx). */
@Controller
class DashboardCards {

    private final OrderDashboard dashboard;
    private final JsonMapper json;
    private final MessageSource messages;

    DashboardCards(OrderDashboard dashboard, JsonMapper json, MessageSource messages) {
        this.dashboard = dashboard;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/seller/dashboard/orders")
    String orders(CurrentAccount me, HttpServletRequest request, Model model) {
        var summary = dashboard.summary(me, ReaderZone.of(request));
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("summary", summary);
        model.addAttribute(
                "ordersChart",
                json.writeValueAsString(Map.of(
                        "kind",
                        "bars",
                        "labels",
                        summary.days().stream()
                                .map(d -> d.day().toString().substring(5))
                                .toList(),
                        "series",
                        List.of(
                                Map.of(
                                        "name", messages.getMessage("dashboard.chart.placed", null, locale),
                                        "data",
                                                summary.days().stream()
                                                        .map(d -> d.placed())
                                                        .toList()),
                                Map.of(
                                        "name", messages.getMessage("dashboard.chart.shipped", null, locale),
                                        "data",
                                                summary.days().stream()
                                                        .map(d -> d.shipped())
                                                        .toList())))));
        model.addAttribute(
                "onTimeChart",
                json.writeValueAsString(Map.of(
                        "kind", "gauge",
                        "name", messages.getMessage("dashboard.chart.onTime", null, locale),
                        "value", summary.onTime().percent())));
        return "seller/dashboard-cards :: orders";
    }
}
