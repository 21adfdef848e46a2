package io.sellercenter.sellers.internal;

import io.sellercenter.review.ReasonCode;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Sub-categories added to an approved brand: a new authorization with its own review, which leaves the brand's
 * earlier ones untouched (R-S6). Approved, its sub-categories join the brand's; rejected, it stays as the record
 * of why, and the seller asks again with a new one.
 */
@Table("brand_authorizations")
public class BrandAuthorization {

    @Table("brand_authorization_sub_categories")
    record SubCategory(long categoryId) {}

    @Id
    private Long id;

    @Version
    private Integer version;

    private final long sellerId;
    private final long brandId;
    private final Long authorizationDocumentId;
    private Brand.Status status;
    private Long reviewId;
    private String rejectionReasons;
    private String reviewComment;
    private final Instant createdAt;

    @MappedCollection(idColumn = "brand_authorization_id")
    private final Set<SubCategory> subCategories;

    @PersistenceCreator
    BrandAuthorization(
            Long id,
            Integer version,
            long sellerId,
            long brandId,
            Long authorizationDocumentId,
            Brand.Status status,
            Long reviewId,
            String rejectionReasons,
            String reviewComment,
            Instant createdAt,
            Set<SubCategory> subCategories) {
        this.id = id;
        this.version = version;
        this.sellerId = sellerId;
        this.brandId = brandId;
        this.authorizationDocumentId = authorizationDocumentId;
        this.status = status;
        this.reviewId = reviewId;
        this.rejectionReasons = rejectionReasons;
        this.reviewComment = reviewComment;
        this.createdAt = createdAt;
        this.subCategories = new HashSet<>(subCategories);
    }

    /** Only an approved brand takes more sub-categories; a brand in review or rejected is corrected instead. */
    static BrandAuthorization request(
            Brand brand, Set<Long> subCategoryIds, Long authorizationDocumentId, Instant now) {
        if (brand.status() != Brand.Status.APPROVED) {
            throw new StateConflictException("BRAND_NOT_APPROVED");
        }
        return new BrandAuthorization(
                null,
                null,
                brand.sellerId(),
                brand.id(),
                authorizationDocumentId,
                Brand.Status.IN_REVIEW,
                null,
                "",
                null,
                now,
                subCategoryIds.stream().map(SubCategory::new).collect(Collectors.toSet()));
    }

    void submitted(long review) {
        reviewId = review;
    }

    void approve() {
        requireInReview(Brand.Status.APPROVED);
        status = Brand.Status.APPROVED;
    }

    void reject(List<String> reasons, String comment) {
        requireInReview(Brand.Status.REJECTED);
        status = Brand.Status.REJECTED;
        rejectionReasons = String.join(",", reasons);
        reviewComment = comment;
    }

    private void requireInReview(Brand.Status next) {
        if (status != Brand.Status.IN_REVIEW) {
            throw StateConflictException.illegalTransition("stepStatus", status, next);
        }
    }

    public Long id() {
        return id;
    }

    public long sellerId() {
        return sellerId;
    }

    public long brandId() {
        return brandId;
    }

    public Long authorizationDocumentId() {
        return authorizationDocumentId;
    }

    public Brand.Status status() {
        return status;
    }

    public Long reviewId() {
        return reviewId;
    }

    public Set<Long> subCategoryIds() {
        return subCategories.stream().map(SubCategory::categoryId).collect(Collectors.toSet());
    }

    public List<String> rejectionReasons() {
        return ReasonCode.split(rejectionReasons);
    }

    public String reviewComment() {
        return reviewComment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
