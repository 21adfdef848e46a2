package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.catalog.Categories;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.review.Precheck;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.warehouses.ShipFromCountries;
import io.sellercenter.warehouses.Warehouse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The four reasons staff reject overseas-warehouse applications (R-W7), checked before submission
 * so that the seller sees them first: location, materials, overseas inventory, category.
 */
@Component
class OverseasPrechecks {

    static final String LOCATION = "LOCATION_SUPPORTED";
    static final String MATERIALS = "MATERIALS_COMPLETE";
    static final String INVENTORY = "OVERSEAS_INVENTORY";
    static final String CATEGORY = "CATEGORY_OPEN";

    private final DocumentCatalog documents;
    private final Inventory inventory;
    private final SellerProfiles sellers;
    private final Categories categories;

    OverseasPrechecks(DocumentCatalog documents, Inventory inventory, SellerProfiles sellers, Categories categories) {
        this.documents = documents;
        this.inventory = inventory;
        this.sellers = sellers;
        this.categories = categories;
    }

    List<Precheck> run(long sellerId, Warehouse warehouse, List<String> countries, Materials materials) {
        var unsupported = new ArrayList<String>();
        if (!ShipFromCountries.supported(warehouse.country())) {
            unsupported.add(warehouse.country());
        }
        countries.stream()
                .filter(c -> !ShipFromCountries.supported(c) && !unsupported.contains(c))
                .forEach(unsupported::add);
        var location = unsupported.isEmpty() && countries.contains(warehouse.country())
                ? Precheck.passed(LOCATION)
                : Precheck.failed(
                        LOCATION,
                        "LOCATION_NOT_SUPPORTED",
                        String.join(", ", unsupported.isEmpty() ? countries : unsupported));

        var missing = missing(sellerId, warehouse, materials);
        var materialsCheck = missing.isEmpty()
                ? Precheck.passed(MATERIALS)
                : Precheck.failed(MATERIALS, "MATERIALS_INCOMPLETE", missing.toArray(String[]::new));

        var stock = inventory.overseasStock(warehouse.warehouseId());
        var inventoryCheck =
                stock > 0 ? Precheck.passed(INVENTORY) : Precheck.failed(INVENTORY, "NO_OVERSEAS_INVENTORY");

        var open = sellers.majorCategoryId(new SellerId(sellerId))
                .flatMap(categories::find)
                .map(c -> c.overseasShipFromOpen())
                .orElse(false);
        var categoryCheck = open ? Precheck.passed(CATEGORY) : Precheck.failed(CATEGORY, "CATEGORY_NOT_OPEN");
        return List.of(location, materialsCheck, inventoryCheck, categoryCheck);
    }

    /**
     * Each missing item by its field name ({@code field=value} where the field must read so), so the seller knows
     * exactly what to add; {@code PrecheckMessages} says each in words.
     */
    private List<String> missing(long sellerId, Warehouse warehouse, Materials m) {
        var missing = new ArrayList<String>();
        if (warehouse.kind() == Warehouse.Kind.THIRD_PARTY) {
            if (blank(m.providerName())) {
                missing.add("providerName");
            } else if (warehouse.providerName() != null
                    && !warehouse
                            .providerName()
                            .equalsIgnoreCase(m.providerName().trim())) {
                missing.add("providerName=" + warehouse.providerName());
            }
            if (blank(m.customerCode())) {
                missing.add("customerCode");
            }
            document(sellerId, m.contractPhotoDocumentId(), "contractPhotoDocumentId", missing);
            if (m.systemScreenshotDocumentIds().size() < 2) {
                missing.add("systemScreenshotDocumentIds");
            }
            m.systemScreenshotDocumentIds()
                    .forEach(id -> document(sellerId, id, "systemScreenshotDocumentIds", missing));
        } else {
            if (blank(m.warehouseAddress())) {
                missing.add("warehouseAddress");
            }
            if (m.firstLegProofDocumentIds().isEmpty()) {
                missing.add("firstLegProofDocumentIds");
            }
            m.firstLegProofDocumentIds().forEach(id -> document(sellerId, id, "firstLegProofDocumentIds", missing));
            document(sellerId, m.customsTaxCertificateDocumentId(), "customsTaxCertificateDocumentId", missing);
            document(sellerId, m.storeIdPhotoDocumentId(), "storeIdPhotoDocumentId", missing);
        }
        return missing;
    }

    private void document(long sellerId, Long documentId, String field, List<String> missing) {
        if (documentId == null
                || documents.owned(new SellerId(sellerId), documentId).isEmpty()) {
            if (!missing.contains(field)) {
                missing.add(field);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
