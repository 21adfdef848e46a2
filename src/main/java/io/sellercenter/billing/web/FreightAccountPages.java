package io.sellercenter.billing.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.billing.FreightAccounts.LedgerFilter;
import io.sellercenter.billing.FreightAccounts.Movement;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shared.web.ReaderZone;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The freight deduction account in the finance pages: bind it (R-H2), see what is held, and the ledger of holds,
 * charges and credits filtered by kind and dates, paged, and exported as CSV (UTF-8 with BOM, for Excel).
 */
@Controller
class FreightAccountPages {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final FreightAccounts accounts;
    private final MessageSource messages;

    FreightAccountPages(FreightAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The ledger's filters: kinds (all when none), the first and last day in the reader's zone, the page. */
    record LedgerSearch(Set<Movement.Kind> kind, LocalDate from, LocalDate to, int page) {
        LedgerSearch {
            kind = kind == null ? Set.of() : kind;
            page = Math.max(0, page);
        }

        LedgerFilter filter(ZoneId zone) {
            return new LedgerFilter(
                    kind,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    @GetMapping("/seller/freight-account")
    String freightAccount(
            CurrentAccount me,
            @RequestParam(required = false) Set<Movement.Kind> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("form", BindForm.empty());
        return page(me, new LedgerSearch(kind, from, to, page), request, model);
    }

    @PostMapping("/seller/freight-account")
    String bind(
            CurrentAccount me,
            @Valid @ModelAttribute("form") BindForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model) {
        if (FormErrors.saved(
                result,
                () -> accounts.bind(me, form.provider(), form.accountNo().trim(), form.agreementNo()))) {
            return "redirect:/seller/freight-account?saved";
        }
        return page(me, new LedgerSearch(null, null, null, 0), request, model);
    }

    @GetMapping("/seller/freight-account/ledger.csv")
    void export(
            CurrentAccount me,
            @RequestParam(required = false) Set<Movement.Kind> kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        var zone = ReaderZone.of(request);
        var filter = new LedgerSearch(kind, from, to, 0).filter(zone);
        var first = accounts.ledger(me, filter, new PageRequest(0, PageRequest.MAX_SIZE));
        var locale = LocaleContextHolder.getLocale();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("freight-ledger.csv")
                        .build()
                        .toString());
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (var csv = CSVFormat.EXCEL
                .builder()
                .setHeader(
                        text("freight.ledger.at", locale),
                        text("freight.ledger.kind", locale),
                        text("freight.ledger.logisticsOrder", locale),
                        text("freight.ledger.amount", locale),
                        text("freight.ledger.currency", locale))
                .get()
                .print(out)) {
            var page = first;
            for (int n = 0; ; n++) {
                for (var m : page.items()) {
                    csv.printRecord(
                            CSV_TIME.format(m.at().atZone(zone)),
                            text("freight.kind." + m.kind().name(), locale),
                            m.logisticsOrderId() != null
                                    ? m.logisticsOrderId()
                                    : text("freight.ledger.outbound", locale, m.overseasFulfilmentId()),
                            m.amount().amount().toPlainString(),
                            m.amount().currency().getCurrencyCode());
                }
                if ((long) (n + 1) * page.size() >= page.total()) {
                    break;
                }
                page = accounts.ledger(me, filter, new PageRequest(n + 1, PageRequest.MAX_SIZE));
            }
        }
    }

    private String page(CurrentAccount me, LedgerSearch search, HttpServletRequest request, Model model) {
        model.addAttribute("account", accounts.get(me));
        model.addAttribute("search", search);
        model.addAttribute("kinds", Movement.Kind.values());
        if (me.has(Permission.FINANCE)) {
            model.addAttribute(
                    "ledger",
                    accounts.ledger(
                            me, search.filter(ReaderZone.of(request)), new PageRequest(search.page(), PAGE_SIZE)));
        }
        return "seller/freight-account";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
