package io.sellercenter.sellers.internal;

import io.sellercenter.review.ReasonCode;
import io.sellercenter.shared.StateConflictException;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A seller's enterprise certification (R-S3): edited as a draft, submitted, approved or rejected by staff. */
@Table("certifications")
public class Certification {

    public enum Status {
        DRAFT,
        IN_REVIEW,
        APPROVED,
        REJECTED;

        boolean canMoveTo(Status next) {
            return switch (this) {
                case DRAFT -> next == IN_REVIEW || next == DRAFT;
                case IN_REVIEW -> next == APPROVED || next == REJECTED;
                case REJECTED -> next == DRAFT;
                case APPROVED -> false;
            };
        }
    }

    public record Details(
            String companyName,
            String creditCode,
            String legalRepName,
            String legalRepIdNumber,
            Long licenseDocumentId) {}

    @Id
    private Long id;

    @Version
    private Integer version;

    private final long sellerId;
    private String companyName;
    private String creditCode;
    private String legalRepName;
    private String legalRepIdNumber;
    private Long licenseDocumentId;
    private Status status;
    private Long reviewId;
    private String rejectionReasons;
    private String reviewComment;
    private Instant updatedAt;

    @PersistenceCreator
    Certification(
            Long id,
            Integer version,
            long sellerId,
            String companyName,
            String creditCode,
            String legalRepName,
            String legalRepIdNumber,
            Long licenseDocumentId,
            Status status,
            Long reviewId,
            String rejectionReasons,
            String reviewComment,
            Instant updatedAt) {
        this.id = id;
        this.version = version;
        this.sellerId = sellerId;
        this.companyName = companyName;
        this.creditCode = creditCode;
        this.legalRepName = legalRepName;
        this.legalRepIdNumber = legalRepIdNumber;
        this.licenseDocumentId = licenseDocumentId;
        this.status = status;
        this.reviewId = reviewId;
        this.rejectionReasons = rejectionReasons;
        this.reviewComment = reviewComment;
        this.updatedAt = updatedAt;
    }

    static Certification draft(long sellerId, Instant now) {
        return new Certification(null, null, sellerId, null, null, null, null, null, Status.DRAFT, null, "", null, now);
    }

    /** Replaces the details; a rejected certification becomes a draft again (its reasons stay visible). */
    void change(Details details, Instant now) {
        move(Status.DRAFT);
        companyName = details.companyName();
        creditCode = details.creditCode();
        legalRepName = details.legalRepName();
        legalRepIdNumber = details.legalRepIdNumber();
        licenseDocumentId = details.licenseDocumentId();
        updatedAt = now;
    }

    void submitted(long review, Instant now) {
        move(Status.IN_REVIEW);
        reviewId = review;
        updatedAt = now;
    }

    void approve(Instant now) {
        move(Status.APPROVED);
        rejectionReasons = "";
        reviewComment = null;
        updatedAt = now;
    }

    void reject(List<String> reasons, String comment, Instant now) {
        move(Status.REJECTED);
        rejectionReasons = String.join(",", reasons);
        reviewComment = comment;
        updatedAt = now;
    }

    private void move(Status next) {
        if (!status.canMoveTo(next)) {
            throw StateConflictException.illegalTransition("stepStatus", status, next);
        }
        status = next;
    }

    public Details details() {
        return new Details(companyName, creditCode, legalRepName, legalRepIdNumber, licenseDocumentId);
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
