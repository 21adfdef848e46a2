package io.sellercenter.billing.web;

import io.sellercenter.billing.SandboxCheckout;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sandbox provider's pay page: what the payer sees at International Alipay or Wanlihui. */
@Controller
@RequestMapping("/sandbox/{provider}/pay/{reference}")
class SandboxPages {

    private final SandboxCheckout checkout;

    SandboxPages(SandboxCheckout checkout) {
        this.checkout = checkout;
    }

    @GetMapping
    String show(@PathVariable String provider, @PathVariable String reference, Model model) {
        model.addAttribute("order", checkout.order(provider, reference));
        model.addAttribute("providerPath", provider);
        return "sandbox/pay";
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable String provider, @PathVariable String reference) {
        checkout.settle(provider, reference, true);
        return "redirect:/sandbox/" + provider + "/pay/" + reference;
    }

    @PostMapping("/decline")
    String decline(@PathVariable String provider, @PathVariable String reference) {
        checkout.settle(provider, reference, false);
        return "redirect:/sandbox/" + provider + "/pay/" + reference;
    }
}
