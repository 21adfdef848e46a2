package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.ServiceProposals;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposing a logistics service to the buyer from the order page (R-H3); back to the order with what happened. */
@Controller
class ServiceProposalPages {

    private final ServiceProposals proposals;
    private final Problems problems;

    ServiceProposalPages(ServiceProposals proposals, Problems problems) {
        this.proposals = proposals;
        this.problems = problems;
    }

    @PostMapping("/seller/orders/{id}/service-proposals")
    String propose(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String serviceCode,
            RedirectAttributes redirect) {
        try {
            proposals.propose(me, id, serviceCode);
            return "redirect:/seller/orders/" + id + "?proposed#service-proposals";
        } catch (InvalidInputException | StateConflictException e) {
            // shown beside the service to propose; another seller's order or a missing permission is the error page's
            redirect.addFlashAttribute("proposalError", problems.of(e).getDetail());
            return "redirect:/seller/orders/" + id + "#service-proposals";
        }
    }
}
