package io.sellercenter.shipping.web;

import io.sellercenter.shipping.SellerAddresses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An address of the seller's address book, from the address page and the API alike. */
public record AddressForm(
        @NotNull SellerAddresses.Type type,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 30) String mobile,
        @NotBlank @Size(max = 2) String country,
        @Size(max = 100) String province,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 300) String streetAddress,
        @NotBlank @Size(max = 20) String postcode,
        Boolean isDefault) {

    static AddressForm empty(SellerAddresses.Type type) {
        return new AddressForm(
                type == null ? SellerAddresses.Type.SENDER : type, null, null, "CN", null, null, null, null, false);
    }

    static AddressForm of(SellerAddresses.Address a) {
        return new AddressForm(
                a.type(),
                a.name(),
                a.mobile(),
                a.country(),
                a.province(),
                a.city(),
                a.streetAddress(),
                a.postcode(),
                a.isDefault());
    }

    SellerAddresses.Details details() {
        return new SellerAddresses.Details(
                type, name, mobile, country, province, city, streetAddress, postcode, Boolean.TRUE.equals(isDefault));
    }
}
