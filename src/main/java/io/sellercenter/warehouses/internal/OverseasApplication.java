package io.sellercenter.warehouses.internal;

import io.sellercenter.review.ReasonCode;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An application for overseas-warehouse permission (R-W1…R-W7): drafted with its materials and
 * prechecks, submitted, then approved or rejected by staff; a rejected one is corrected and resubmitted.
 */
@Table("overseas_applications")
public class OverseasApplication {

    public enum Status {
        DRAFT,
        IN_REVIEW,
        APPROVED,
        REJECTED
    }

    @Id
    private Long id;

    @Version
    private Integer version;

    private final long sellerId;
    private long warehouseId;
    private String countries;
    private String materials;
    private Status status;
    private Long reviewId;
    private String rejectionReasons;
    private String reviewComment;
    private final long createdBy;
    private final Instant createdAt;

    @PersistenceCreator
    OverseasApplication(
            Long id,
            Integer version,
            long sellerId,
            long warehouseId,
            String countries,
            String materials,
            Status status,
            Long reviewId,
            String rejectionReasons,
            String reviewComment,
            long createdBy,
            Instant createdAt) {
        this.id = id;
        this.version = version;
        this.sellerId = sellerId;
        this.warehouseId = warehouseId;
        this.countries = countries;
        this.materials = materials;
        this.status = status;
        this.reviewId = reviewId;
        this.rejectionReasons = rejectionReasons;
        this.reviewComment = reviewComment;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static OverseasApplication draft(
            long sellerId,
            long warehouseId,
            List<String> countries,
            String materialsJson,
            long createdBy,
            Instant now) {
        return new OverseasApplication(
                null,
                null,
                sellerId,
                warehouseId,
                String.join(",", countries),
                materialsJson,
                Status.DRAFT,
                null,
                "",
                null,
                createdBy,
                now);
    }

    /** New materials; a rejected application becomes a draft again. */
    void change(long newWarehouseId, List<String> newCountries, String materialsJson) {
        if (status != Status.DRAFT && status != Status.REJECTED) {
            throw StateConflictException.illegalTransition("stepStatus", status, Status.DRAFT);
        }
        warehouseId = newWarehouseId;
        countries = String.join(",", newCountries);
        materials = materialsJson;
        status = Status.DRAFT;
    }

    /** Only a draft may be thrown away; anything sent to review stays on record. */
    void discard() {
        if (status != Status.DRAFT) {
            throw new StateConflictException("APPLICATION_NOT_DRAFT");
        }
    }

    boolean open() {
        return status != Status.APPROVED;
    }

    void submitted(long review) {
        if (status != Status.DRAFT) {
            throw StateConflictException.illegalTransition("stepStatus", status, Status.IN_REVIEW);
        }
        status = Status.IN_REVIEW;
        reviewId = review;
    }

    void approve() {
        decide(Status.APPROVED);
        rejectionReasons = "";
        reviewComment = null;
    }

    void reject(List<String> reasons, String comment) {
        decide(Status.REJECTED);
        rejectionReasons = String.join(",", reasons);
        reviewComment = comment;
    }

    private void decide(Status next) {
        if (status != Status.IN_REVIEW) {
            throw StateConflictException.illegalTransition("stepStatus", status, next);
        }
        status = next;
    }

    public Long id() {
        return id;
    }

    public long sellerId() {
        return sellerId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public List<String> countries() {
        return countries.isEmpty() ? List.of() : Arrays.asList(countries.split(","));
    }

    public String materialsJson() {
        return materials;
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

    public Instant createdAt() {
        return createdAt;
    }
}
