package io.sellercenter.openplatform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registering an app, on its page and over the API: a name, and the callback that receives codes and pushed messages. */
public record AppForm(
        @NotBlank @Size(max = 60) String name,

        @NotBlank @Size(max = 300) @Pattern(regexp = "https?://[^\\s<>\"]+")
        String callbackUrl) {}
