package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.ServiceProposals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A logistics service the seller proposes and the buyer accepts (R-H3): the seller's side and the buyer's. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shipping")
class ServiceProposalApi {

    private final ServiceProposals proposals;

    ServiceProposalApi(ServiceProposals proposals) {
        this.proposals = proposals;
    }

    record ProposalForm(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String serviceCode) {}

    @PostMapping("/orders/{orderId}/service-proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Propose a logistics service to the buyer, who chose none or one that cannot carry the parcel; sent as an order message (R-H3)")
    ServiceProposals.Proposal propose(
            CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody ProposalForm form) {
        return proposals.propose(me, orderId, form.serviceCode());
    }

    @GetMapping("/orders/{orderId}/service-proposals")
    @Operation(summary = "The services proposed to the buyer of the order, oldest first")
    List<ServiceProposals.Proposal> list(CurrentAccount me, @PathVariable long orderId) {
        return proposals.list(me, orderId);
    }

    @GetMapping("/storefront/orders/{orderId}/service-proposals")
    @Operation(summary = "The services the seller proposed for the buyer's order (buyer)")
    List<ServiceProposals.Proposal> forBuyer(CurrentAccount me, @PathVariable long orderId) {
        return proposals.list(me, orderId);
    }

    @PostMapping("/storefront/orders/{orderId}/service-proposals/{proposalId}/accept")
    @Operation(summary = "Accept the seller's proposal: it becomes the order's logistics service (buyer, R-H3)")
    ServiceProposals.Proposal accept(CurrentAccount me, @PathVariable long orderId, @PathVariable long proposalId) {
        return proposals.accept(me, orderId, proposalId);
    }
}
