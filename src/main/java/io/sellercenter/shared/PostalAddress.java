package io.sellercenter.shared;

/**
 * A postal address as logistics knows it: the buyer's shipping address, and a logistics order's receiver, sender and
 * pickup address. The names are the platform's (and those of the JSON kept in the database).
 */
public record PostalAddress(
        String contactPerson,
        String mobileNo,
        String country,
        String province,
        String city,
        String address,
        String zip) {

    /** The same address in {@code country}. */
    public PostalAddress inCountry(String country) {
        return new PostalAddress(contactPerson, mobileNo, country, province, city, address, zip);
    }
}
