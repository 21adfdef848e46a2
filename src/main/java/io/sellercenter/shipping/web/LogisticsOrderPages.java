package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shared.web.Problems;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.ParcelTracking;
import io.sellercenter.shipping.internal.Labels;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The seller's logistics orders ("international small packages"): status tabs with counts, search by order
 * number, LP number or waybill (many at once), a parcel's label, timeline and freight, cancel before receipt, and
 * the labels of many in one PDF (R-H15).
 */
@Controller
class LogisticsOrderPages {

    static final int PAGE_SIZE = 50;
    static final int MAX_SEARCH_TOKENS = 1_000;

    private final LogisticsOrders logistics;
    private final LogisticsOrderQueries queries;
    private final ParcelTracking tracking;
    private final Labels labels;
    private final Problems problems;

    LogisticsOrderPages(
            LogisticsOrders logistics,
            LogisticsOrderQueries queries,
            ParcelTracking tracking,
            Labels labels,
            Problems problems) {
        this.queries = queries;
        this.logistics = logistics;
        this.tracking = tracking;
        this.labels = labels;
        this.problems = problems;
    }

    /** The list's filters and the rows ticked for a bulk action. */
    public static class Selection {
        private LogisticsTab tab = LogisticsTab.ALL;
        private String q = "";
        private int page;
        private List<Long> ids = List.of();
        private List<Long> orderIds = List.of();
        private String origin;
        private String back;

        public LogisticsTab getTab() {
            return tab;
        }

        public void setTab(LogisticsTab tab) {
            this.tab = tab == null ? LogisticsTab.ALL : tab;
        }

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q == null ? "" : q;
        }

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = Math.max(0, page);
        }

        public List<Long> getOrderIds() {
            return orderIds;
        }

        public void setOrderIds(List<Long> orderIds) {
            this.orderIds = orderIds == null ? List.of() : orderIds;
        }

        /** "orders" when the order list sent the selection: refusals go back there. */
        public String getOrigin() {
            return origin;
        }

        public void setOrigin(String origin) {
            this.origin = origin;
        }

        public String getBack() {
            return back;
        }

        public void setBack(String back) {
            this.back = back;
        }

        public List<Long> getIds() {
            return ids;
        }

        public void setIds(List<Long> ids) {
            this.ids = ids == null ? List.of() : ids;
        }
    }

    @GetMapping("/seller/logistics-orders")
    String list(CurrentAccount me, @ModelAttribute("form") Selection form, BindingResult result, Model model) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var counts = queries.counts(seller);
        var tabCounts = new EnumMap<LogisticsTab, Long>(LogisticsTab.class);
        Arrays.stream(LogisticsTab.values()).forEach(t -> tabCounts.put(t, t.count(counts)));
        model.addAttribute("tabs", LogisticsTab.values());
        model.addAttribute("counts", tabCounts);
        if (model.containsAttribute("noneTicked")) {
            result.rejectValue("ids", "field.NONE_TICKED");
        }
        var q = form.getQ();
        if (q.length() > 20_000 || q.trim().split("[\\s,;，；]+").length > MAX_SEARCH_TOKENS) {
            result.rejectValue("q", "field.LABEL_BATCH_SIZE");
            q = "";
        }
        model.addAttribute(
                "page", queries.list(seller, form.getTab().statuses, q, new PageRequest(form.getPage(), PAGE_SIZE)));
        return "seller/logistics-orders";
    }

    /** The dashboard's tile: parcels that could not be delivered, returned or destroyed. */
    @GetMapping("/seller/dashboard/undeliverable")
    String undeliverable(CurrentAccount me, Model model) {
        var counts = queries.counts(me.requirePermission(Permission.SHIPPING));
        model.addAttribute("undeliverable", LogisticsTab.UNDELIVERABLE.count(counts));
        return "seller/dashboard-cards :: undeliverable";
    }

    @GetMapping("/seller/logistics-orders/{id}")
    String show(CurrentAccount me, @PathVariable long id, Model model) {
        model.addAttribute("dropOff", DropOffForm.empty());
        return parcelPage(me, id, model);
    }

    /** R-H6: the domestic courier and tracking number of the parcel on its way to the transit warehouse. */
    @PostMapping("/seller/logistics-orders/{id}/drop-off")
    String dropOff(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("dropOff") DropOffForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                logistics.sentByDomesticExpress(
                        me.requirePermission(Permission.SHIPPING),
                        id,
                        form.domesticCarrier().strip(),
                        form.domesticTrackingNo().strip());
                return "redirect:/seller/logistics-orders/" + id + "?droppedOff";
            } catch (DomainException e) {
                FormErrors.reject(result, e, "domesticTrackingNo");
            }
        }
        return parcelPage(me, id, model);
    }

    private String parcelPage(CurrentAccount me, long id, Model model) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var parcel = queries.find(seller, id);
        model.addAttribute("parcel", parcel);
        model.addAttribute("cancellable", LogisticsTab.cancellable(parcel.status()));
        model.addAttribute("tracking", tracking.timeline(seller, id));
        return "seller/logistics-order";
    }

    /** Cancels before receipt; a parcel already received comes back to its page with the reason. */
    @PostMapping("/seller/logistics-orders/{id}/cancel")
    String cancel(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        var seller = me.requirePermission(Permission.SHIPPING);
        try {
            logistics.cancel(seller, id);
            redirect.addAttribute("cancelled", "");
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("refused", problems.of(e).getDetail());
        }
        return "redirect:/seller/logistics-orders/" + id;
    }

    @GetMapping("/seller/logistics-orders/{id}/label")
    ResponseEntity<byte[]> label(CurrentAccount me, @PathVariable long id) {
        var pdf = new ByteArrayOutputStream();
        labels.pdf(me.requirePermission(Permission.SHIPPING).value(), id, pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.toByteArray());
    }

    /**
     * The ticked labels as one PDF download, streamed; with nothing ticked the list again, the error beside the
     * selection. Once the PDF outgrows the response buffer the request gives its turn back ({@code
     * RequestAdmission}), so a slow download holds up no other request.
     */
    @PostMapping("/seller/logistics-orders/labels")
    ModelAndView export(
            CurrentAccount me,
            @ModelAttribute("form") Selection form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var seller = me.requirePermission(Permission.SHIPPING);
        try {
            if (form.getIds().isEmpty() && form.getOrderIds().isEmpty()) {
                throw new InvalidInputException("ids", "LABELS_NONE_SELECTED");
            }
            var resolved = labels.resolve(seller.value(), form.getIds(), form.getOrderIds());
            View pdf = (ignored, request, response) -> {
                response.setContentType(MediaType.APPLICATION_PDF_VALUE);
                response.setHeader(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("labels-" + resolved.size() + ".pdf")
                                .build()
                                .toString());
                labels.batch(seller.value(), resolved, response.getOutputStream());
            };
            return new ModelAndView(pdf);
        } catch (DomainException e) {
            if ("orders".equals(form.getOrigin())) {
                redirect.addFlashAttribute("bulkError", problems.explain(e));
                return new ModelAndView("redirect:/seller/orders" + back(form.getBack()));
            }
            var view = list(me, form, result, model);
            FormErrors.reject(result, e, "ids");
            return new ModelAndView(view, model.asMap());
        }
    }

    /** The order list's query string to go back to; anything else goes back to the list as it opens. */
    static String back(String back) {
        return back != null && back.startsWith("?") && !back.contains("//") ? back : "";
    }
}
