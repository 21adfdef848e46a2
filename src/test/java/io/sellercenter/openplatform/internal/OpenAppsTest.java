package io.sellercenter.openplatform.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenAppsTest {

    @Test
    @DisplayName("An app's callback is an http or https address with a host, whichever way it was registered")
    void callbackIsAnAddress() {
        for (var good : List.of(
                "https://erp.example.com/aliexpress/callback",
                "http://127.0.0.1:8088/push",
                "HTTPS://erp.example.com")) {
            assertThatCode(() -> OpenApps.checkCallback(good)).doesNotThrowAnyException();
        }
        for (var bad : List.of(
                "ftp://erp.example.com",
                "erp.example.com/callback",
                "https://",
                "http:///path",
                "https://exa mple.com",
                "javascript:alert(1)")) {
            assertThatThrownBy(() -> OpenApps.checkCallback(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }
}
