package io.sellercenter.openplatform.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.openplatform.Topic;
import io.sellercenter.openplatform.internal.Authorizations;
import io.sellercenter.openplatform.internal.OpenApps;
import io.sellercenter.openplatform.internal.PushOutbox;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/open-platform/apps")
@Tag(name = "Open platform")
class OpenAppApi {

    private final OpenApps apps;
    private final Authorizations authorizations;
    private final PushOutbox outbox;

    OpenAppApi(OpenApps apps, Authorizations authorizations, PushOutbox outbox) {
        this.apps = apps;
        this.authorizations = authorizations;
        this.outbox = outbox;
    }

    record Registered(
            long appId,
            String name,
            String callbackUrl,
            String appKey,
            String appSecret,
            Set<Topic> topics,
            Instant createdAt) {

        static Registered of(OpenApps.Registered r) {
            var a = r.app();
            return new Registered(
                    a.appId(), a.name(), a.callbackUrl(), a.appKey(), r.appSecret(), a.topics(), a.createdAt());
        }
    }

    record Subscription(@NotNull @Size(max = 20) Set<@NotNull Topic> topics) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an ERP app: its appKey and appSecret (the secret is shown only now)")
    Registered register(CurrentAccount me, @Valid @RequestBody AppForm form) {
        return Registered.of(apps.register(me, form.name(), form.callbackUrl()));
    }

    @GetMapping
    @Operation(summary = "The seller's apps (a sub-account's: those it registered); never their secrets")
    List<OpenApps.App> list(CurrentAccount me) {
        return apps.list(me);
    }

    @GetMapping("/{appId}")
    @Operation(summary = "One app")
    OpenApps.App get(CurrentAccount me, @PathVariable long appId) {
        return apps.get(me, appId);
    }

    @PostMapping("/{appId}/secret")
    @Operation(summary = "Rotate the secret: the old one stops signing at once; the new one is shown only now")
    Registered rotate(CurrentAccount me, @PathVariable long appId) {
        return Registered.of(apps.rotateSecret(me, appId));
    }

    @PostMapping("/{appId}/revoke")
    @Operation(summary = "Revoke the app: every token it holds dies and nothing more is pushed to it")
    OpenApps.App revoke(CurrentAccount me, @PathVariable long appId) {
        return apps.revoke(me, appId);
    }

    @PostMapping("/{appId}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "An access token for the seller's own app, acting as this account (no authorization round trip)")
    Authorizations.Grant token(CurrentAccount me, @PathVariable long appId) {
        return authorizations.forOwnApp(me, appId);
    }

    @PutMapping("/{appId}/subscriptions")
    @Operation(summary = "The topics pushed to the app's callback URL")
    OpenApps.App subscribe(CurrentAccount me, @PathVariable long appId, @Valid @RequestBody Subscription subscription) {
        return apps.subscribe(
                me,
                appId,
                subscription.topics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(subscription.topics()));
    }

    @GetMapping("/{appId}/deliveries")
    @Operation(summary = "The app's pushed messages, newest first: delivered, waiting for a retry, or given up")
    Page<PushOutbox.Delivery> deliveries(
            CurrentAccount me,
            @PathVariable long appId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return outbox.deliveries(apps.get(me, appId), new PageRequest(page, size));
    }
}
