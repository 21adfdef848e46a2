package io.sellercenter.sellers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.sellers.internal.Brand.Ownership;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrandTest {

    private static Brand.Terms terms(Ownership ownership, boolean exclusive) {
        return new Brand.Terms("Voltix", "45231876", ownership, exclusive, 1L, 2L, Set.of(7L));
    }

    @Test
    @DisplayName("R-S6 a brand is reviewed: approved, or rejected then corrected and reviewed again")
    void reviewMoves() {
        var brand = Brand.apply(1, terms(Ownership.OWNED, false), Instant.now());
        assertThat(brand.status()).isEqualTo(Brand.Status.IN_REVIEW);
        assertThatThrownBy(() -> brand.resubmit(terms(Ownership.OWNED, false)))
                .isInstanceOf(StateConflictException.class);

        brand.reject(List.of("TRADEMARK_NOT_FOUND"), "no such number");
        assertThat(brand.status()).isEqualTo(Brand.Status.REJECTED);
        assertThatThrownBy(brand::approve).isInstanceOf(StateConflictException.class);

        brand.resubmit(terms(Ownership.OWNED, true));
        brand.approve();
        assertThat(brand.status()).isEqualTo(Brand.Status.APPROVED);
        assertThat(brand.rejectionReasons()).isEmpty();
        assertThatThrownBy(() -> brand.reject(List.of("OTHER"), null)).isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName(
            "R-S6 the sub-categories asked for wait on the brand; approving it grants publishing, not the sub-categories")
    void subCategoriesWaitForTheirOwnReview() {
        var brand = Brand.apply(
                1,
                new Brand.Terms("Voltix", "45231876", Ownership.OWNED, false, 1L, null, Set.of(8L, 7L)),
                Instant.now());
        assertThat(brand.requestedSubCategoryIds()).containsExactly(7L, 8L);
        assertThat(brand.terms().subCategoryIds()).isEmpty();
        brand.approve();
        assertThat(brand.terms().subCategoryIds()).isEmpty();
    }

    @Test
    @DisplayName("R-S7 exclusive and official stores need an owned or exclusively authorized trademark")
    void exclusiveStoreBrands() {
        var now = Instant.now();
        assertThat(Brand.apply(1, terms(Ownership.OWNED, false), now).ownedOrExclusivelyAuthorized())
                .isTrue();
        assertThat(Brand.apply(1, terms(Ownership.AUTHORIZED, true), now).ownedOrExclusivelyAuthorized())
                .isTrue();
        assertThat(Brand.apply(1, terms(Ownership.AUTHORIZED, false), now).ownedOrExclusivelyAuthorized())
                .isFalse();
    }

    @Test
    @DisplayName("R-S6 sub-categories are added to an approved brand as a new authorization that leaves the others")
    void moreSubCategoriesAsANewAuthorization() {
        var now = Instant.now();
        var brand = new Brand(
                5L,
                1,
                1,
                "Voltix",
                "45231876",
                Ownership.OWNED,
                false,
                1L,
                null,
                Brand.Status.IN_REVIEW,
                9L,
                "",
                null,
                now,
                "",
                Set.of(new Brand.SubCategory(7L)));
        assertThatThrownBy(() -> BrandAuthorization.request(brand, Set.of(8L), null, now))
                .isInstanceOf(StateConflictException.class)
                .hasMessageContaining("BRAND_NOT_APPROVED");

        brand.approve();
        var rejected = BrandAuthorization.request(brand, Set.of(8L), null, now);
        rejected.reject(List.of("SUB_CATEGORY_NOT_COVERED"), "class 9 only");
        assertThat(rejected.rejectionReasons()).containsExactly("SUB_CATEGORY_NOT_COVERED");
        assertThat(brand.terms().subCategoryIds()).containsExactly(7L);
        assertThatThrownBy(rejected::approve).isInstanceOf(StateConflictException.class);

        var approved = BrandAuthorization.request(brand, Set.of(8L, 9L), null, now);
        approved.approve();
        brand.authorize(approved);
        assertThat(brand.terms().subCategoryIds()).containsExactlyInAnyOrder(7L, 8L, 9L);
        assertThat(brand.status()).isEqualTo(Brand.Status.APPROVED);
    }
}
