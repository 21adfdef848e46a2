package io.sellercenter.accounts.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.internal.TokenLogin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Accounts")
class TokenApi {

    private final TokenLogin login;

    TokenApi(TokenLogin login) {
        this.login = login;
    }

    record Credentials(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {}

    record Token(String token, Instant expiresAt) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log in: a bearer token for the API (429 with Retry-After after repeated failures)")
    Token create(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        var issued = login.issue(credentials.email(), credentials.password(), request.getRemoteAddr());
        return new Token(issued.token(), issued.expiresAt());
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Log out: revoke the token of this request")
    void revoke(CurrentAccount me, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        login.revoke(authorization.substring("Bearer ".length()).trim());
    }
}
