package io.sellercenter.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthorizationsTest {

    @Test
    @DisplayName(
            "The authorization goes only to the app's callback URL: itself, below it or with a query, never a look-alike host")
    void redirectOnlyToTheCallback() {
        var callback = "https://erp.example.com/aliexpress";
        assertThat(Authorizations.toCallback(callback, callback)).isTrue();
        assertThat(Authorizations.toCallback(callback + "/done", callback)).isTrue();
        assertThat(Authorizations.toCallback(callback + "?shop=1", callback)).isTrue();
        assertThat(Authorizations.toCallback(callback + "-evil", callback)).isFalse();
        assertThat(Authorizations.toCallback("https://erp.example.com.evil.net/aliexpress", "https://erp.example.com"))
                .isFalse();
        assertThat(Authorizations.toCallback("https://erp.example.com/x", "https://erp.example.com/"))
                .isTrue();
        assertThat(Authorizations.toCallback("https://evil.net/?r=" + callback, callback))
                .isFalse();
        assertThat(Authorizations.toCallback(null, callback)).isFalse();
    }
}
