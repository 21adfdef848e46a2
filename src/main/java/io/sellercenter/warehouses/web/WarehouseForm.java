package io.sellercenter.warehouses.web;

import io.sellercenter.warehouses.Warehouse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The warehouse page's form. */
public class WarehouseForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private Warehouse.Kind kind = Warehouse.Kind.THIRD_PARTY;

    @NotBlank
    @Pattern(regexp = "[A-Za-z]{2}")
    private String country;

    @NotBlank
    @Size(max = 500)
    private String address;

    @Size(max = 100)
    private String providerName;

    @Size(max = 60)
    private String customerCode;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Warehouse.Kind getKind() {
        return kind;
    }

    public void setKind(Warehouse.Kind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }
}
