package io.sellercenter.sellers.internal;

import io.sellercenter.review.ReasonCode;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A brand the seller sells under, with its trademark: owned (registration certificate) or
 * authorized by the owner (authorization letter) (R-S6). Two reviews: the brand itself, whose approval grants the
 * publishing permission, then the trademark authorization for sub-categories of the major category, each later set of
 * sub-categories a review of its own ({@link BrandAuthorization}).
 */
@Table("brands")
public class Brand {

    public enum Ownership {
        OWNED,
        AUTHORIZED
    }

    public enum Status {
        IN_REVIEW,
        APPROVED,
        REJECTED
    }

    public record Terms(
            String name,
            String trademarkRegistrationNumber,
            Ownership ownership,
            boolean exclusive,
            Long certificateDocumentId,
            Long authorizationDocumentId,
            Set<Long> subCategoryIds) {}

    @Table("brand_sub_categories")
    record SubCategory(long categoryId) {}

    @Id
    private Long id;

    @Version
    private Integer version;

    private final long sellerId;
    private String name;
    private String trademarkRegistrationNumber;
    private Ownership ownership;
    private boolean exclusive;
    private Long certificateDocumentId;
    private Long authorizationDocumentId;
    private Status status;
    private Long reviewId;
    private String rejectionReasons;
    private String reviewComment;
    private final Instant createdAt;
    private String requestedSubCategories;

    @MappedCollection(idColumn = "brand_id")
    private Set<SubCategory> subCategories;

    @PersistenceCreator
    Brand(
            Long id,
            Integer version,
            long sellerId,
            String name,
            String trademarkRegistrationNumber,
            Ownership ownership,
            boolean exclusive,
            Long certificateDocumentId,
            Long authorizationDocumentId,
            Status status,
            Long reviewId,
            String rejectionReasons,
            String reviewComment,
            Instant createdAt,
            String requestedSubCategories,
            Set<SubCategory> subCategories) {
        this.requestedSubCategories = requestedSubCategories;
        this.id = id;
        this.version = version;
        this.sellerId = sellerId;
        this.name = name;
        this.trademarkRegistrationNumber = trademarkRegistrationNumber;
        this.ownership = ownership;
        this.exclusive = exclusive;
        this.certificateDocumentId = certificateDocumentId;
        this.authorizationDocumentId = authorizationDocumentId;
        this.status = status;
        this.reviewId = reviewId;
        this.rejectionReasons = rejectionReasons;
        this.reviewComment = reviewComment;
        this.createdAt = createdAt;
        this.subCategories = new HashSet<>(subCategories);
    }

    static Brand apply(long sellerId, Terms terms, Instant now) {
        var brand = new Brand(
                null,
                null,
                sellerId,
                null,
                null,
                null,
                false,
                null,
                null,
                Status.IN_REVIEW,
                null,
                "",
                null,
                now,
                "",
                Set.of());
        brand.take(terms);
        return brand;
    }

    /** A rejected brand is corrected and goes back to review as a new revision. */
    void resubmit(Terms terms) {
        if (status != Status.REJECTED) {
            throw StateConflictException.illegalTransition("stepStatus", status, Status.IN_REVIEW);
        }
        take(terms);
        status = Status.IN_REVIEW;
    }

    void submitted(long review) {
        reviewId = review;
    }

    void approve() {
        requireInReview(Status.APPROVED);
        status = Status.APPROVED;
        rejectionReasons = "";
        reviewComment = null;
    }

    void reject(List<String> reasons, String comment) {
        requireInReview(Status.REJECTED);
        status = Status.REJECTED;
        rejectionReasons = String.join(",", reasons);
        reviewComment = comment;
    }

    /** An approved authorization's sub-categories join the brand's: it may publish in them (R-S6). */
    void authorize(BrandAuthorization authorization) {
        if (status != Status.APPROVED || authorization.brandId() != id) {
            throw StateConflictException.illegalTransition("stepStatus", status, Status.APPROVED);
        }
        authorization.subCategoryIds().forEach(c -> subCategories.add(new SubCategory(c)));
    }

    /** Exclusive and official stores need the trademark owned or exclusively authorized (R-S7). */
    boolean ownedOrExclusivelyAuthorized() {
        return ownership == Ownership.OWNED || exclusive;
    }

    private void requireInReview(Status next) {
        if (status != Status.IN_REVIEW) {
            throw StateConflictException.illegalTransition("stepStatus", status, next);
        }
    }

    private void take(Terms terms) {
        name = terms.name();
        trademarkRegistrationNumber = terms.trademarkRegistrationNumber();
        ownership = terms.ownership();
        exclusive = terms.exclusive();
        certificateDocumentId = terms.certificateDocumentId();
        authorizationDocumentId = terms.authorizationDocumentId();
        requestedSubCategories =
                terms.subCategoryIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The sub-categories asked for with the brand: once its publishing permission is approved they go to their own
     * trademark-authorization review (R-S6).
     */
    public Set<Long> requestedSubCategoryIds() {
        return requestedSubCategories.isEmpty()
                ? Set.of()
                : Arrays.stream(requestedSubCategories.split(","))
                        .map(Long::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
    }

    public Terms terms() {
        return new Terms(
                name,
                trademarkRegistrationNumber,
                ownership,
                exclusive,
                certificateDocumentId,
                authorizationDocumentId,
                subCategories.stream().map(SubCategory::categoryId).collect(Collectors.toSet()));
    }

    public Long id() {
        return id;
    }

    public long sellerId() {
        return sellerId;
    }

    public Status status() {
        return status;
    }

    public Long reviewId() {
        return reviewId;
    }

    public List<String> rejectionReasons() {
        return ReasonCode.split(rejectionReasons);
    }

    public String reviewComment() {
        return reviewComment;
    }
}
