package io.sellercenter.review;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Puts an application into the review queue: a new case, or a new revision of a rejected one. */
@Service
public class ReviewSubmissions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ReviewSubmissions(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Submits the application {@code subjectId} of the given kind; returns the review id. Refused
     * (409) while an earlier revision is still in review or once approved.
     */
    @Transactional
    public long submit(
            ReviewKind kind,
            SellerId sellerId,
            long subjectId,
            String subject,
            List<Material> materials,
            List<Precheck> prechecks) {
        var now = Timestamp.from(clock.instant());
        var existing = jdbc.sql(
                        "select id, status, revision from review_cases where kind = ? and subject_id = ? for update")
                .params(kind.name(), subjectId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
                .optional();
        long caseId;
        int revision;
        if (existing.isEmpty()) {
            revision = 1;
            caseId = jdbc.sql("""
                            insert into review_cases (version, kind, seller_id, subject_id, subject, status, revision, submitted_at)
                            values (0, ?, ?, ?, ?, 'IN_REVIEW', 1, ?) returning id""")
                    .params(kind.name(), sellerId.value(), subjectId, subject, now)
                    .query(Long.class)
                    .single();
        } else {
            caseId = (long) existing.get()[0];
            var status = (String) existing.get()[1];
            if (status.equals("IN_REVIEW")) {
                throw new StateConflictException("ALREADY_IN_REVIEW");
            }
            if (status.equals("APPROVED")) {
                throw new StateConflictException("ALREADY_APPROVED");
            }
            revision = (int) existing.get()[2] + 1;
            jdbc.sql("""
                            update review_cases set version = version + 1, status = 'IN_REVIEW', revision = ?,
                                   subject = ?, submitted_at = ? where id = ?""").params(revision, subject, now, caseId).update();
        }
        jdbc.sql("""
                        insert into review_revisions (case_id, revision, submitted_at, materials, prechecks)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(caseId, revision, now, json.writeValueAsString(materials), json.writeValueAsString(prechecks))
                .update();
        return caseId;
    }
}
