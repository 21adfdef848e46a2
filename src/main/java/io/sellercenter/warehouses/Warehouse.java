package io.sellercenter.warehouses;

/** A seller's warehouse as other modules see it. */
public record Warehouse(
        long warehouseId,
        long sellerId,
        String name,
        Kind kind,
        String country,
        String address,
        String providerName,
        String customerCode,
        boolean isDefault) {

    public enum Kind {
        SELF_BUILT,
        THIRD_PARTY
    }

    public boolean domestic() {
        return country.equals("CN");
    }
}
