package io.sellercenter.shipping.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How a parcel travels to the transit warehouse by domestic express (R-H6); the page's form and the API's body. */
public record DropOffForm(
        @NotBlank @Size(max = 60) String domesticCarrier,

        @NotBlank @Pattern(regexp = "\\s*[A-Za-z0-9-]{4,40}\\s*")
        String domesticTrackingNo) {

    public static DropOffForm empty() {
        return new DropOffForm(null, null);
    }
}
