package io.sellercenter.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Why a reviewer rejects, per kind of application (R-W7 for overseas warehouses). */
public enum ReasonCode {
    LICENSE_UNREADABLE(ReviewKind.CERTIFICATION),
    COMPANY_NAME_MISMATCH(ReviewKind.CERTIFICATION),
    CREDIT_CODE_MISMATCH(ReviewKind.CERTIFICATION),
    LEGAL_REPRESENTATIVE_MISMATCH(ReviewKind.CERTIFICATION),
    LICENSE_EXPIRED(ReviewKind.CERTIFICATION),
    TRADEMARK_NOT_FOUND(ReviewKind.BRAND),
    CERTIFICATE_UNREADABLE(ReviewKind.BRAND),
    AUTHORIZATION_INVALID(ReviewKind.BRAND, ReviewKind.BRAND_AUTHORIZATION),
    SUB_CATEGORY_NOT_COVERED(ReviewKind.BRAND, ReviewKind.BRAND_AUTHORIZATION),
    NO_OVERSEAS_INVENTORY(ReviewKind.OVERSEAS_WAREHOUSE),
    MATERIALS_INCOMPLETE(ReviewKind.OVERSEAS_WAREHOUSE),
    LOCATION_NOT_SUPPORTED(ReviewKind.OVERSEAS_WAREHOUSE),
    CATEGORY_NOT_OPEN(ReviewKind.OVERSEAS_WAREHOUSE),
    PROVIDER_NAME_NOT_VISIBLE(ReviewKind.OVERSEAS_WAREHOUSE),
    QUALIFICATION_UNREADABLE(ReviewKind.CATEGORY_QUALIFICATIONS),
    QUALIFICATION_EXPIRED(ReviewKind.CATEGORY_QUALIFICATIONS),
    QUALIFICATION_HOLDER_MISMATCH(ReviewKind.CATEGORY_QUALIFICATIONS),
    OTHER(
            ReviewKind.CERTIFICATION,
            ReviewKind.BRAND,
            ReviewKind.BRAND_AUTHORIZATION,
            ReviewKind.OVERSEAS_WAREHOUSE,
            ReviewKind.CATEGORY_QUALIFICATIONS);

    private final Set<ReviewKind> kinds;

    ReasonCode(ReviewKind first, ReviewKind... more) {
        this.kinds = EnumSet.of(first, more);
    }

    /** Reason codes as an aggregate stores them: comma-joined, empty for none. */
    public static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    public boolean appliesTo(ReviewKind kind) {
        return kinds.contains(kind);
    }
}
