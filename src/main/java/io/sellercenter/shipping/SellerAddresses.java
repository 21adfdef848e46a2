package io.sellercenter.shipping;

import static io.sellercenter.shared.InputText.blankToNull;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PostalAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's address book for shipping: sender, pickup and refund addresses, one default per kind, which prefills
 * every logistics order. Sender and pickup addresses are in China, where online parcels start.
 */
@Service
public class SellerAddresses {

    public enum Type {
        SENDER,
        PICKUP,
        REFUND
    }

    public record Address(
            long addressId,
            Type type,
            String name,
            String mobile,
            String country,
            String province,
            String city,
            String streetAddress,
            String postcode,
            boolean isDefault) {

        /** The address as a logistics order's sender or pickup address. */
        public PostalAddress postal() {
            return new PostalAddress(name, mobile, country, province, city, streetAddress, postcode);
        }
    }

    /** What the seller writes; {@code makeDefault} asks for it to become its kind's default. */
    public record Details(
            Type type,
            String name,
            String mobile,
            String country,
            String province,
            String city,
            String streetAddress,
            String postcode,
            boolean makeDefault) {}

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final JdbcClient jdbc;

    SellerAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Address> list(CurrentAccount me, Type type) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        return jdbc.sql("""
                        select * from seller_addresses where seller_id = ? and (cast(? as text) is null or type = ?)
                        order by type, is_default desc, id""")
                .params(seller, type == null ? null : type.name(), type == null ? null : type.name())
                .query(SellerAddresses::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Address get(CurrentAccount me, long addressId) {
        return find(me.requirePermission(Permission.SHIPPING).value(), addressId);
    }

    /** The kind's default address, if the seller has one. */
    @Transactional(readOnly = true)
    public Optional<Address> defaultOf(SellerId sellerId, Type type) {
        return jdbc.sql("select * from seller_addresses where seller_id = ? and type = ? and is_default")
                .params(sellerId.value(), type.name())
                .query(SellerAddresses::map)
                .optional();
    }

    /** Adds an address; the first of its kind, or one asked to be, becomes the default. */
    @Transactional
    public Address add(CurrentAccount me, Details d) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var country = check(d);
        lock(seller);
        var first = defaultOf(new SellerId(seller), d.type()).isEmpty();
        if (d.makeDefault() && !first) {
            clearDefault(seller, d.type());
        }
        var id = jdbc.sql("""
                        insert into seller_addresses (seller_id, type, name, mobile, country, province, city, street_address,
                                                      postcode, is_default)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        seller,
                        d.type().name(),
                        d.name().trim(),
                        d.mobile().trim(),
                        country,
                        blankToNull(d.province()),
                        d.city().trim(),
                        d.streetAddress().trim(),
                        d.postcode().trim(),
                        first || d.makeDefault())
                .query(Long.class)
                .single();
        return find(seller, id);
    }

    /** Changes an address; its kind stays. Asked to, it becomes the default; a default stays one. */
    @Transactional
    public Address change(CurrentAccount me, long addressId, Details d) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var current = find(seller, addressId);
        var country = check(new Details(
                current.type(),
                d.name(),
                d.mobile(),
                d.country(),
                d.province(),
                d.city(),
                d.streetAddress(),
                d.postcode(),
                d.makeDefault()));
        lock(seller);
        if (d.makeDefault() && !current.isDefault()) {
            clearDefault(seller, current.type());
        }
        jdbc.sql("""
                        update seller_addresses set name = ?, mobile = ?, country = ?, province = ?, city = ?,
                               street_address = ?, postcode = ?, is_default = ?
                        where id = ? and seller_id = ?""")
                .params(
                        d.name().trim(),
                        d.mobile().trim(),
                        country,
                        blankToNull(d.province()),
                        d.city().trim(),
                        d.streetAddress().trim(),
                        d.postcode().trim(),
                        current.isDefault() || d.makeDefault(),
                        addressId,
                        seller)
                .update();
        return find(seller, addressId);
    }

    @Transactional
    public Address makeDefault(CurrentAccount me, long addressId) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var current = find(seller, addressId);
        lock(seller);
        clearDefault(seller, current.type());
        jdbc.sql("update seller_addresses set is_default = true where id = ?")
                .param(addressId)
                .update();
        return find(seller, addressId);
    }

    /** Deletes an address; when it was the default, the oldest left of its kind takes over. */
    @Transactional
    public void delete(CurrentAccount me, long addressId) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var current = find(seller, addressId);
        lock(seller);
        jdbc.sql("delete from seller_addresses where id = ?").param(addressId).update();
        if (current.isDefault()) {
            jdbc.sql("""
                            update seller_addresses set is_default = true where id =
                              (select min(id) from seller_addresses where seller_id = ? and type = ?)""").params(seller, current.type().name()).update();
        }
    }

    /** The country in upper case, the rest checked: every fault named beside its field. */
    private static String check(Details d) {
        var errors = new ArrayList<InvalidInputException.FieldError>();
        var country = d.country() == null ? "" : d.country().trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            errors.add(new InvalidInputException.FieldError("country", "UNKNOWN_COUNTRY"));
        } else if (d.type() != Type.REFUND && !country.equals("CN")) {
            errors.add(new InvalidInputException.FieldError("country", "ADDRESS_NOT_IN_CHINA"));
        }
        if (country.equals("CN")
                && (d.postcode() == null || !d.postcode().trim().matches("[0-9]{6}"))) {
            errors.add(new InvalidInputException.FieldError("postcode", "POSTCODE_CN"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return country;
    }

    private Address find(long seller, long addressId) {
        return jdbc.sql("select * from seller_addresses where id = ? and seller_id = ?")
                .params(addressId, seller)
                .query(SellerAddresses::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("address"));
    }

    /** One writer of a seller's address book at a time, so that each kind keeps exactly one default. */
    private void lock(long seller) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('seller-addresses:' || ?))")
                .param(seller)
                .query((rs, n) -> 1)
                .single();
    }

    private void clearDefault(long seller, Type type) {
        jdbc.sql("update seller_addresses set is_default = false where seller_id = ? and type = ? and is_default")
                .params(seller, type.name())
                .update();
    }

    private static Address map(ResultSet rs, int n) throws SQLException {
        return new Address(
                rs.getLong("id"),
                Type.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("mobile"),
                rs.getString("country"),
                rs.getString("province"),
                rs.getString("city"),
                rs.getString("street_address"),
                rs.getString("postcode"),
                rs.getBoolean("is_default"));
    }
}
