package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.internal.BulkShipping;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.Problems;
import io.sellercenter.shared.web.ReaderZone;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.ServiceNames;
import io.sellercenter.shipping.UndeliverableDecision;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order list: status tabs with counts, filters, the most urgent first, a ticking countdown; the ticked orders'
 * logistics orders in one go (their labels and notices through the logistics-order pages); the filtered list as CSV.
 */
@Controller
class OrderListPages {

    static final int PAGE_SIZE = 50;
    static final int MAX_EXPORT = 10_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What became of one ticked order, for the list's result message (kept in the session until shown). */
    record BulkResult(long orderId, boolean ok, String waybill, String message) implements Serializable {}

    private final OrderQueries queries;
    private final BulkShipping bulk;
    private final LogisticsServices services;
    private final ServiceNames serviceNames;
    private final MessageSource messages;
    private final Problems problems;

    OrderListPages(
            OrderQueries queries,
            BulkShipping bulk,
            LogisticsServices services,
            ServiceNames serviceNames,
            MessageSource messages,
            Problems problems) {
        this.queries = queries;
        this.bulk = bulk;
        this.services = services;
        this.serviceNames = serviceNames;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping("/seller/orders")
    String list(
            CurrentAccount me,
            @Valid @ModelAttribute("search") OrderSearch search,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        var valid = search.valid(result);
        var counts = new EnumMap<OrderStatus, Long>(OrderStatus.class);
        counts.putAll(queries.statusCounts(me));
        model.addAttribute("counts", counts);
        model.addAttribute(
                "all", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("channels", services.channels());
        model.addAttribute("urgentFirst", valid.urgentFirst());
        model.addAttribute("back", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        var page = queries.forSellerCountingAhead(
                me, valid.filter(ReaderZone.of(request)), new PageRequest(valid.getPage(), PAGE_SIZE));
        model.addAttribute("page", page);
        var ahead = (page.page() + 10L) * page.size();
        model.addAttribute(
                "pages", page.total() > ahead ? page.page() + 10L : (page.total() + page.size() - 1) / page.size());
        model.addAttribute("morePages", page.total() > ahead);
        return "seller/orders";
    }

    /** The filtered list (every page, up to 10,000 orders) as CSV in UTF-8 with a BOM, so that Excel reads Chinese. */
    @GetMapping("/seller/orders.csv")
    void export(
            CurrentAccount me,
            @Valid @ModelAttribute("search") OrderSearch search,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var zone = ReaderZone.of(request);
        var filter = search.valid(result).filter(zone);
        var locale = LocaleContextHolder.getLocale();
        var first = queries.forSeller(me, filter, new PageRequest(0, PageRequest.MAX_SIZE));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("orders.csv").build().toString());
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (var csv = CSVFormat.EXCEL
                .builder()
                .setHeader(
                        text("orders.number", locale),
                        text("orders.created", locale),
                        text("orders.status", locale),
                        text("orders.buyer", locale),
                        text("orders.items", locale),
                        text("orders.total", locale),
                        text("orders.currency", locale),
                        text("orders.shipBy", locale),
                        text("orders.service", locale))
                .get()
                .print(out)) {
            var page = first;
            for (int n = 1; ; n++) {
                for (var o : page.items()) {
                    csv.printRecord(
                            o.orderId(),
                            CSV_TIME.format(o.createdAt().atZone(zone)),
                            text("orderStatus." + o.orderStatus().name(), locale),
                            o.buyerName(),
                            o.lines().stream()
                                    .map(l -> l.title() + " × " + l.quantity())
                                    .collect(Collectors.joining("; ")),
                            o.total().amount().toPlainString(),
                            o.total().currency().getCurrencyCode(),
                            o.shipByDeadline() == null
                                    ? ""
                                    : CSV_TIME.format(o.shipByDeadline().atZone(zone)),
                            serviceNames.of(o.buyerSelectedService()));
                }
                var shown = (long) n * page.size();
                if (shown >= page.total() || shown >= MAX_EXPORT) {
                    break;
                }
                page = queries.forSeller(me, filter, new PageRequest(n, PageRequest.MAX_SIZE));
            }
        }
    }

    /** Logistics orders for the ticked orders with the defaults chosen once; back to the list with each result. */
    @PostMapping("/seller/orders/logistics-orders")
    String ship(
            CurrentAccount me,
            @RequestParam(name = "orderIds", required = false) List<Long> orderIds,
            @RequestParam(defaultValue = "SELF_SEND") Handover pickupType,
            @RequestParam(defaultValue = "RETURN") UndeliverableDecision undeliverableDecision,
            @RequestParam(defaultValue = "") String declaredNameCn,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        var target = "redirect:/seller/orders" + (back != null && back.startsWith("?") ? back : "");
        if (orderIds == null || orderIds.isEmpty()) {
            redirect.addFlashAttribute("bulkError", text("field.NONE_TICKED_ORDERS", LocaleContextHolder.getLocale()));
            return target;
        }
        redirect.addFlashAttribute("declaredNameCn", declaredNameCn);
        if (declaredNameCn.isBlank() || declaredNameCn.length() > 100) {
            redirect.addFlashAttribute(
                    "bulkError", text("orders.bulk.defaultsMissing", LocaleContextHolder.getLocale()));
            return target;
        }
        try {
            var results = new ArrayList<BulkResult>();
            for (var o : bulk.ship(
                    me,
                    orderIds,
                    new BulkShipping.Defaults(pickupType, undeliverableDecision, declaredNameCn.trim()))) {
                results.add(
                        o.failure() == null
                                ? new BulkResult(o.orderId(), true, o.created().intlTrackingNo(), null)
                                : new BulkResult(
                                        o.orderId(),
                                        false,
                                        null,
                                        problems.of(o.failure()).getDetail()));
            }
            redirect.addFlashAttribute("bulkResults", results);
            redirect.addFlashAttribute(
                    "bulkRefused", results.stream().filter(r -> !r.ok()).count());
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("bulkError", problems.explain(e));
        }
        return target;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
