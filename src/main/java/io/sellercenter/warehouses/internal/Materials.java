package io.sellercenter.warehouses.internal;

import java.util.List;

/**
 * What an overseas-warehouse application proves: for a third-party warehouse the provider, the
 * customer code, the contract photo and the provider system's screenshots (R-W5); for a self-built
 * one the address, first-leg proof, customs tax certificate and the store-ID photo (R-W6).
 */
public record Materials(
        String providerName,
        String customerCode,
        Long contractPhotoDocumentId,
        List<Long> systemScreenshotDocumentIds,
        String warehouseAddress,
        List<Long> firstLegProofDocumentIds,
        Long customsTaxCertificateDocumentId,
        Long storeIdPhotoDocumentId) {

    public Materials {
        systemScreenshotDocumentIds =
                systemScreenshotDocumentIds == null ? List.of() : List.copyOf(systemScreenshotDocumentIds);
        firstLegProofDocumentIds = firstLegProofDocumentIds == null ? List.of() : List.copyOf(firstLegProofDocumentIds);
    }
}
