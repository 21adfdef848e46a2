package io.sellercenter.openplatform.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.openplatform.internal.Authorizations;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform's authorization page: the logged-in seller sees which app asks and with which account's permissions it
 * would act, and approves or denies; the app's callback gets {@code code} (or {@code error}) and its {@code state}.
 */
@Controller
@RequestMapping("/oauth/authorize")
class OAuthPages {

    private final Authorizations authorizations;

    OAuthPages(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    @GetMapping
    String ask(
            CurrentAccount me,
            @RequestParam(name = "response_type", required = false) String responseType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(required = false) String state,
            Model model) {
        me.requireSeller();
        model.addAttribute("clientId", clientId);
        model.addAttribute("redirectUri", redirectUri);
        model.addAttribute("state", state);
        try {
            if (!"code".equals(responseType)) {
                throw new InvalidInputException("response_type", "RESPONSE_TYPE_CODE");
            }
            model.addAttribute("app", authorizations.asking(clientId, redirectUri));
        } catch (InvalidInputException e) {
            model.addAttribute("refusal", FormErrors.message(e));
        }
        return "oauth-authorize";
    }

    /**
     * The answer goes to the callback through a page that forwards at once: a form may post only to this site, so the
     * browser would refuse a redirect from here to the app's own.
     */
    @PostMapping
    String answer(
            CurrentAccount me,
            @RequestParam(name = "client_id") String clientId,
            @RequestParam(name = "redirect_uri") String redirectUri,
            @RequestParam(required = false) String state,
            @RequestParam boolean approve,
            Model model) {
        var app = authorizations.asking(clientId, redirectUri);
        var target = UriComponentsBuilder.fromUriString(redirectUri);
        if (approve) {
            target.queryParam("code", authorizations.approve(me, clientId, redirectUri));
        } else {
            target.queryParam("error", "access_denied");
        }
        if (state != null) {
            target.queryParam("state", state);
        }
        model.addAttribute("app", app);
        model.addAttribute("approved", approve);
        model.addAttribute("target", target.encode().build().toUriString());
        return "oauth-redirect";
    }
}
