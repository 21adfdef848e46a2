package io.sellercenter.openplatform.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.openplatform.Topic;
import io.sellercenter.openplatform.internal.Authorizations;
import io.sellercenter.openplatform.internal.OpenApps;
import io.sellercenter.openplatform.internal.PushOutbox;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The seller's ERP apps: register, see the key, rotate the secret, take a token, subscribe, read the delivery log. */
@Controller
@RequestMapping("/seller/open-platform")
class OpenAppPages {

    private final OpenApps apps;
    private final Authorizations authorizations;
    private final PushOutbox outbox;

    OpenAppPages(OpenApps apps, Authorizations authorizations, PushOutbox outbox) {
        this.apps = apps;
        this.authorizations = authorizations;
        this.outbox = outbox;
    }

    @ModelAttribute("allTopics")
    Topic[] allTopics() {
        return Topic.values();
    }

    @GetMapping
    String list(CurrentAccount me, Model model) {
        model.addAttribute("apps", apps.list(me));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AppForm(null, null));
        }
        return "seller/open-platform";
    }

    @PostMapping
    String register(
            CurrentAccount me,
            @Valid @ModelAttribute("form") AppForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var registered = apps.register(me, form.name(), form.callbackUrl());
                redirect.addFlashAttribute("secret", registered.appSecret());
                return "redirect:/seller/open-platform/" + registered.app().appId() + "?registered";
            } catch (DomainException e) {
                FormErrors.reject(result, e, "name");
            }
        }
        model.addAttribute("apps", apps.list(me));
        return "seller/open-platform";
    }

    @GetMapping("/{appId}")
    String app(CurrentAccount me, @PathVariable long appId, @RequestParam(defaultValue = "0") int page, Model model) {
        var app = apps.get(me, appId);
        model.addAttribute("app", app);
        model.addAttribute(
                "gatewayUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/sync")
                        .toUriString());
        model.addAttribute("deliveries", outbox.deliveries(app, new PageRequest(Math.max(0, page), 20)));
        return "seller/open-app";
    }

    @PostMapping("/{appId}/secret")
    String rotate(CurrentAccount me, @PathVariable long appId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("secret", apps.rotateSecret(me, appId).appSecret());
        return "redirect:/seller/open-platform/" + appId + "?rotated";
    }

    @PostMapping("/{appId}/tokens")
    String token(CurrentAccount me, @PathVariable long appId, RedirectAttributes redirect) {
        // flash attributes live in the session, which keeps only serializable values
        var grant = authorizations.forOwnApp(me, appId);
        redirect.addFlashAttribute("accessToken", grant.accessToken());
        redirect.addFlashAttribute("refreshToken", grant.refreshToken());
        redirect.addFlashAttribute("tokenDays", grant.expiresIn() / 86_400);
        return "redirect:/seller/open-platform/" + appId + "?token";
    }

    @PostMapping("/{appId}/subscriptions")
    String subscribe(CurrentAccount me, @PathVariable long appId, @RequestParam(required = false) Set<Topic> topics) {
        apps.subscribe(
                me, appId, topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics));
        return "redirect:/seller/open-platform/" + appId + "?subscribed";
    }

    @PostMapping("/{appId}/revoke")
    String revoke(CurrentAccount me, @PathVariable long appId) {
        apps.revoke(me, appId);
        return "redirect:/seller/open-platform/" + appId + "?revoked";
    }
}
