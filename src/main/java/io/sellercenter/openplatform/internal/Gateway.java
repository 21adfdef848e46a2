package io.sellercenter.openplatform.internal;

import io.sellercenter.accounts.AccountId;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.web.Problems;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-platform gateway: checks a call as the platform does (app key, timestamp, signature, call limit, access
 * token) and hands it to the method's adapter; answers in the platform's envelopes, always as data, never as an HTTP
 * error, because the platform's clients read the body only.
 */
@Service
public class Gateway {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final Set<String> SIGN_METHODS = Set.of("sha256", "hmac-sha256");
    static final String TOKEN_CREATE = "/auth/token/create";
    static final String TOKEN_REFRESH = "/auth/token/refresh";

    private final Authorizations authorizations;
    private final AccountLookup accounts;
    private final CallLimits limits;
    private final Clock clock;
    private final JsonMapper json;
    private final Problems problems;
    private final MessageSource messages;
    private final Map<String, Function<GatewayCall, Map<String, Object>>> methods = new HashMap<>();

    Gateway(
            Authorizations authorizations,
            AccountLookup accounts,
            CallLimits limits,
            Clock clock,
            JsonMapper json,
            Problems problems,
            MessageSource messages,
            List<GatewayMethods> groups) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
        this.json = json;
        this.problems = problems;
        this.messages = messages;
        groups.forEach(g -> methods.putAll(g.methods()));
    }

    /**
     * Answers a call to {@code /sync} ({@code restPath} null) or {@code /rest}; a {@code /rest} call names its API in the
     * path or, as the Node.js SDK sends it, in {@code method}.
     */
    public Map<String, Object> answer(String restPath, Map<String, String> params) {
        // a trace id, not a secret: no SecureRandom (its lock is contended at every call)
        var requestId = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
        try {
            var rest = restPath != null;
            var api = rest && !restPath.isBlank() && !"/".equals(restPath) ? restPath : params.get("method");
            var body = call(rest, api, params);
            body.put("request_id", requestId);
            if (rest || api.startsWith("/")) {
                body.put("code", "0");
                return body;
            }
            var answer = new HashMap<String, Object>();
            answer.put(api.replace('.', '_') + "_response", body);
            return answer;
        } catch (GatewayException e) {
            return error(e.type(), e.code(), requestId, e.args());
        } catch (ForbiddenException e) {
            return error(GatewayException.Type.ISV, "InsufficientPermission", requestId);
        } catch (DomainException e) {
            var error = error(GatewayException.Type.ISV, e.code(), requestId);
            error.put("message", problems.explain(e));
            return error;
        } catch (RuntimeException e) {
            LOG.error("Gateway call {} failed, request_id {}", params.get("method"), requestId, e);
            return error(GatewayException.Type.SYSTEM, "InternalError", requestId);
        }
    }

    private Map<String, Object> call(boolean rest, String api, Map<String, String> params) {
        params.forEach((name, value) -> {
            if (!InputText.acceptable(name) || !InputText.acceptable(value)) {
                throw GatewayException.isv("InvalidParameter", InputText.acceptable(name) ? name : "?");
            }
        });
        var appKey = present(params, "app_key");
        if (api == null || api.isBlank()) {
            throw GatewayException.isv("MissingParameter", "method");
        }
        var signMethod = present(params, "sign_method");
        var timestamp = present(params, "timestamp");
        var sign = present(params, "sign");
        var app = authorizations
                .caller(appKey, params.get("session"))
                .filter(a -> !a.revoked())
                .orElseThrow(() -> GatewayException.isv("InvalidAppKey"));
        if (!SIGN_METHODS.contains(signMethod.toLowerCase(Locale.ROOT))) {
            throw GatewayException.isv("InvalidSignMethod", signMethod);
        }
        var at = CallSignature.timestamp(timestamp).orElseThrow(() -> GatewayException.isv("IllegalTimestamp"));
        var now = clock.instant();
        if (at.isBefore(now.minus(CallSignature.TIMESTAMP_WINDOW))
                || at.isAfter(now.plus(CallSignature.TIMESTAMP_WINDOW))) {
            throw GatewayException.isv("IllegalTimestamp");
        }
        var signed = rest || api.startsWith("/") ? api : null;
        if (!CallSignature.matches(app.appSecret(), signed, params, sign)) {
            throw GatewayException.isv("IncompleteSignature");
        }
        if (!limits.take(app.appId(), app.callsPerMinute())) {
            throw GatewayException.isv("AppCallLimited");
        }
        if (api.startsWith("/")) {
            return token(app.appId(), api, params);
        }
        var method = methods.get(api);
        if (method == null || rest) {
            throw GatewayException.isv("InvalidApiPath", api);
        }
        present(params, "session");
        if (app.accountId() == null) {
            throw GatewayException.isv("IllegalAccessToken");
        }
        var account = accounts.byId(new AccountId(app.accountId()))
                .filter(a -> a.isSeller() && a.sellerId().value() == app.sellerId())
                .orElseThrow(() -> GatewayException.isv("IllegalAccessToken"));
        return new HashMap<>(method.apply(new GatewayCall(params, account, json, problems)));
    }

    private Map<String, Object> token(long appId, String api, Map<String, String> params) {
        var grant = switch (api) {
            case TOKEN_CREATE -> authorizations.exchange(appId, present(params, "code"));
            case TOKEN_REFRESH -> authorizations.refresh(appId, present(params, "refresh_token"));
            default -> throw GatewayException.isv("InvalidApiPath", api);
        };
        var g = grant.orElseThrow(
                () -> GatewayException.isv(TOKEN_CREATE.equals(api) ? "InvalidCode" : "IllegalRefreshToken"));
        return GatewayCall.fields(
                "access_token", g.accessToken(),
                "refresh_token", g.refreshToken(),
                "expires_in", g.expiresIn(),
                "refresh_expires_in", g.refreshExpiresIn(),
                "seller_id", String.valueOf(g.sellerId()),
                "user_id", String.valueOf(g.accountId()),
                "account", g.account(),
                "account_platform", "seller_center");
    }

    private static String present(Map<String, String> params, String name) {
        var value = params.get(name);
        if (value == null || value.isBlank()) {
            throw GatewayException.isv("MissingParameter", name);
        }
        return value;
    }

    private Map<String, Object> error(GatewayException.Type type, String code, String requestId, Object... args) {
        var message = messages.getMessage("gateway." + code, args, code, LocaleContextHolder.getLocale());
        return GatewayCall.fields("type", type.name(), "code", code, "message", message, "request_id", requestId);
    }
}
