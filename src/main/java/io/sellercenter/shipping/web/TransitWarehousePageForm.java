package io.sellercenter.shipping.web;

import static io.sellercenter.shared.InputText.blankToNull;

import io.sellercenter.shipping.TransitWarehouse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Locale;

/** The platform admin's transit-warehouse form; the collection range as postal-code prefixes, however separated. */
public class TransitWarehousePageForm {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{2,10}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Size(max = 20)
    private String sortCode;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotBlank
    @Pattern(regexp = "[0-9]{1,6}([\\s,;，；]+[0-9]{1,6}){0,49}[\\s,;，；]*")
    private String postalPrefixes;

    @Size(max = 100)
    private String contactPerson;

    @Size(max = 30)
    private String phone;

    @Size(max = 100)
    private String openingHours;

    static TransitWarehousePageForm of(TransitWarehouse w) {
        var form = new TransitWarehousePageForm();
        form.code = w.code();
        form.name = w.name();
        form.sortCode = w.sortCode();
        form.address = w.address();
        form.postalPrefixes = String.join(", ", w.postalPrefixes());
        form.contactPerson = w.contactPerson();
        form.phone = w.phone();
        form.openingHours = w.openingHours();
        return form;
    }

    TransitWarehouse warehouse() {
        return new TransitWarehouse(
                code,
                name.trim(),
                sortCode.trim(),
                address.trim(),
                Arrays.stream(postalPrefixes.trim().split("[\\s,;，；]+"))
                        .distinct()
                        .toList(),
                blankToNull(contactPerson),
                blankToNull(phone),
                blankToNull(openingHours));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSortCode() {
        return sortCode;
    }

    public void setSortCode(String sortCode) {
        this.sortCode = sortCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostalPrefixes() {
        return postalPrefixes;
    }

    public void setPostalPrefixes(String postalPrefixes) {
        this.postalPrefixes = postalPrefixes;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }
}
