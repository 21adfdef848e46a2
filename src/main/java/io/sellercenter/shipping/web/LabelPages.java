package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.internal.Labels;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
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

/** Labels for the logged-in session: one from the order page, or many found by order numbers and exported at once (R-H15). */
@Controller
class LabelPages {

    private final Labels labels;
    private final LogisticsOrders logistics;

    LabelPages(Labels labels, LogisticsOrders logistics) {
        this.labels = labels;
        this.logistics = logistics;
    }

    @GetMapping("/seller/logistics-orders/{id}/label")
    ResponseEntity<byte[]> label(CurrentAccount me, @PathVariable long id) {
        var pdf = new ByteArrayOutputStream();
        labels.pdf(me.requirePermission(Permission.SHIPPING).value(), id, pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf.toByteArray());
    }

    /** What the batch-print form sends: order numbers to look up, and the logistics orders ticked. */
    public static class LabelSearch {
        private String orderNumbers = "";
        private List<Long> ids = List.of();

        public String getOrderNumbers() {
            return orderNumbers;
        }

        public void setOrderNumbers(String orderNumbers) {
            this.orderNumbers = orderNumbers == null ? "" : orderNumbers;
        }

        public List<Long> getIds() {
            return ids;
        }

        public void setIds(List<Long> ids) {
            this.ids = ids == null ? List.of() : ids;
        }
    }

    /** Without order numbers: the parcels waiting to be handed over; with them: those orders' logistics orders. */
    @GetMapping("/seller/labels")
    String search(CurrentAccount me, @ModelAttribute("form") LabelSearch form, BindingResult result, Model model) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        model.addAttribute("ticked", null);
        if (form.getOrderNumbers().isBlank()) {
            var waiting = new ArrayList<>(logistics
                    .list(seller, LogisticsOrders.Status.AWAITING_PICKUP, null, new PageRequest(0, 100))
                    .items());
            waiting.addAll(logistics
                    .list(seller, LogisticsOrders.Status.AWAITING_DROP_OFF, null, new PageRequest(0, 100))
                    .items());
            model.addAttribute("found", waiting);
            model.addAttribute("missing", List.of());
            return "seller/labels";
        }
        try {
            var asked = orderNumbers(form.getOrderNumbers());
            var found = logistics.forOrders(seller, asked);
            model.addAttribute("found", found);
            model.addAttribute(
                    "missing",
                    Arrays.stream(asked)
                            .filter(n -> found.stream().noneMatch(l -> l.orderId() == n))
                            .boxed()
                            .toList());
        } catch (DomainException e) {
            FormErrors.reject(result, e, "orderNumbers");
            model.addAttribute("found", List.of());
            model.addAttribute("missing", List.of());
        }
        return "seller/labels";
    }

    /**
     * The ticked labels as one PDF download, streamed; with nothing ticked the page again, the error beside the list.
     * Once the PDF outgrows the response buffer the request gives its turn back ({@code RequestAdmission}), so a slow
     * download holds up no other request.
     */
    @PostMapping("/seller/labels")
    ModelAndView export(
            CurrentAccount me, @ModelAttribute("form") LabelSearch form, BindingResult result, Model model) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        try {
            if (form.getIds().isEmpty()) {
                throw new InvalidInputException("ids", "LABELS_NONE_SELECTED");
            }
            var resolved = labels.resolve(seller, form.getIds(), List.of());
            View pdf = (ignored, request, response) -> {
                response.setContentType(MediaType.APPLICATION_PDF_VALUE);
                response.setHeader(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("labels-" + resolved.size() + ".pdf")
                                .build()
                                .toString());
                labels.batch(seller, resolved, response.getOutputStream());
            };
            return new ModelAndView(pdf);
        } catch (DomainException e) {
            var view = search(me, form, result, model);
            model.addAttribute("ticked", form.getIds());
            FormErrors.reject(result, e, "ids");
            return new ModelAndView(view, model.asMap());
        }
    }

    /** Order numbers as typed or pasted: separated by spaces, commas, semicolons or new lines. */
    private static long[] orderNumbers(String text) {
        var numbers = new LinkedHashSet<Long>();
        for (var token : text.trim().split("[\\s,;，；]+")) {
            if (!token.matches("[0-9]{1,18}")) {
                throw new InvalidInputException(List.of(
                        new InvalidInputException.FieldError("orderNumbers", "ORDER_NUMBER_INVALID", List.of(token))));
            }
            numbers.add(Long.parseLong(token));
        }
        if (numbers.size() > Labels.MAX_BATCH) {
            throw new InvalidInputException("orderNumbers", "LABEL_BATCH_SIZE");
        }
        return numbers.stream().mapToLong(Long::longValue).toArray();
    }
}
