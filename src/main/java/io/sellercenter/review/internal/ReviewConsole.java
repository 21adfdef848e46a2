package io.sellercenter.review.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerDirectory;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.review.Decision;
import io.sellercenter.review.Material;
import io.sellercenter.review.Precheck;
import io.sellercenter.review.ReasonCode;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The staff side: the queue, a case with its history, and the decision (publishes {@link ReviewDecided}). */
@Service
public class ReviewConsole {

    public enum Status {
        IN_REVIEW,
        APPROVED,
        REJECTED
    }

    public record QueueItem(
            long reviewId,
            ReviewKind kind,
            Status status,
            long sellerId,
            String sellerName,
            String subject,
            int revision,
            Instant submittedAt,
            Duration age) {}

    public record Revision(
            int revision,
            Instant submittedAt,
            List<Material> materials,
            List<Precheck> precheck,
            Decision decision,
            List<ReasonCode> reasonCodes,
            String comment,
            Instant decidedAt) {}

    public record Case(QueueItem summary, List<Revision> history) {

        public Revision current() {
            return history.getLast();
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final SellerDirectory sellers;
    private final ApplicationEventPublisher events;

    ReviewConsole(
            JdbcClient jdbc, JsonMapper json, Clock clock, SellerDirectory sellers, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.sellers = sellers;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<QueueItem> queue(CurrentAccount staff, Status status, ReviewKind kind, PageRequest page) {
        staff.requireStaff(StaffRole.REVIEWER, StaffRole.ADMIN);
        var where = " where (cast(? as text) is null or status = ?) and (cast(? as text) is null or kind = ?)";
        var statusName = status == null ? null : status.name();
        var kindName = kind == null ? null : kind.name();
        var items = jdbc.sql("select id, kind, status, seller_id, subject, revision, submitted_at from review_cases"
                        + where + " order by submitted_at, id limit ? offset ?")
                .params(statusName, statusName, kindName, kindName, page.size(), page.offset())
                .query((rs, n) -> item(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
        var total = jdbc.sql("select count(*) from review_cases" + where)
                .params(statusName, statusName, kindName, kindName)
                .query(Long.class)
                .single();
        return Page.of(items, page, total);
    }

    @Transactional(readOnly = true)
    public Case find(CurrentAccount staff, long reviewId) {
        staff.requireStaff(StaffRole.REVIEWER, StaffRole.ADMIN);
        var summary = jdbc.sql(
                        "select id, kind, status, seller_id, subject, revision, submitted_at from review_cases where id = ?")
                .param(reviewId)
                .query((rs, n) -> item(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getTimestamp(7).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("review"));
        var history = jdbc.sql("""
                        select revision, submitted_at, materials, prechecks, decision, reason_codes, comment, decided_at
                        from review_revisions where case_id = ? order by revision""")
                .param(reviewId)
                .query((rs, n) -> new Revision(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        json.readValue(rs.getString(3), new TypeReference<List<Material>>() {}),
                        json.readValue(rs.getString(4), new TypeReference<List<Precheck>>() {}),
                        rs.getString(5) == null ? null : Decision.valueOf(rs.getString(5)),
                        Arrays.stream((String[]) rs.getArray(6).getArray())
                                .map(ReasonCode::valueOf)
                                .toList(),
                        rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
        return new Case(summary, history);
    }

    /** Decides the case's current revision; REJECT needs at least one reason that fits the kind. */
    @Transactional
    public Case decide(
            CurrentAccount staff, long reviewId, Decision decision, List<ReasonCode> reasons, String comment) {
        var current = find(staff, reviewId);
        var kind = current.summary().kind();
        if (decision == Decision.REJECT && reasons.isEmpty()) {
            throw new InvalidInputException("reasonCodes", "REASON_REQUIRED");
        }
        reasons.stream().filter(r -> !r.appliesTo(kind)).findFirst().ifPresent(r -> {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                    "reasonCodes", "REASON_NOT_FOR_KIND", List.of(r.name(), kind.name()))));
        });
        var newStatus = decision == Decision.APPROVE ? Status.APPROVED : Status.REJECTED;
        var moved = jdbc.sql(
                        "update review_cases set version = version + 1, status = ? where id = ? and status = 'IN_REVIEW'")
                .params(newStatus.name(), reviewId)
                .update();
        if (moved == 0) {
            throw StateConflictException.illegalTransition(
                    "stepStatus", current.summary().status(), newStatus);
        }
        var revision = current.summary().revision();
        jdbc.sql("""
                        update review_revisions set decision = ?, reason_codes = ?, comment = ?, decided_by = ?, decided_at = ?
                        where case_id = ? and revision = ?""")
                .params(
                        decision.name(),
                        reasons.stream().map(Enum::name).toArray(String[]::new),
                        comment,
                        staff.id().value(),
                        Timestamp.from(clock.instant()),
                        reviewId,
                        revision)
                .update();
        events.publishEvent(new ReviewDecided(
                reviewId,
                kind,
                subjectOf(reviewId),
                current.summary().sellerId(),
                revision,
                decision,
                List.copyOf(reasons),
                comment));
        return find(staff, reviewId);
    }

    private long subjectOf(long reviewId) {
        return jdbc.sql("select subject_id from review_cases where id = ?")
                .param(reviewId)
                .query(Long.class)
                .single();
    }

    private QueueItem item(
            long id, String kind, String status, long sellerId, String subject, int revision, Instant submittedAt) {
        return new QueueItem(
                id,
                ReviewKind.valueOf(kind),
                Status.valueOf(status),
                sellerId,
                sellers.displayName(new SellerId(sellerId)).orElse(""),
                subject,
                revision,
                submittedAt,
                Duration.between(submittedAt, clock.instant()));
    }
}
