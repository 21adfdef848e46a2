package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.sellers.internal.Onboarding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The settling-in checklist. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding")
class OnboardingApi {

    private final Onboarding onboarding;

    OnboardingApi(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @GetMapping("/onboarding")
    @Operation(summary = "The settling-in checklist: what is done, what comes next, what blocks opening a store")
    Onboarding.Checklist onboarding(CurrentAccount me) {
        return onboarding.checklist(me.requireSeller().value());
    }
}
