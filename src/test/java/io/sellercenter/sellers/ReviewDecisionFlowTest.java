package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import io.sellercenter.Settling;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReasonCode;
import io.sellercenter.review.ReviewDecisions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Module flow: review publishes ReviewDecided; sellers, the owner, applies it; the publication completes. */
class ReviewDecisionFlowTest extends ApiTestBase {

    @Autowired
    ReviewDecisions decisions;

    @Autowired
    AccountLookup accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("R-S3 a decision in review reaches the certification through a completed event publication")
    void decisionReachesTheOwner() {
        var s = new Settling(api);
        var reviewId = s.submitCertification();
        var reviewer = accounts.byEmail("reviewer@demo.local").orElseThrow();

        decisions.decide(
                reviewer, reviewId, Decision.REJECT, List.of(ReasonCode.COMPANY_NAME_MISMATCH), "name differs");

        var certification = api.get("/api/v1/certification", s.seller.token()).json();
        assertThat(certification.get("status").asString()).isEqualTo("REJECTED");
        assertThat(certification.get("reasons").get(0).get("code").asString()).isEqualTo("COMPANY_NAME_MISMATCH");
        assertThat(certification.get("reviewComment").asString()).isEqualTo("name differs");
        var incomplete = jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%ReviewDecided' and completion_date is null
                          and serialized_event like ?""")
                .param("%\"reviewId\":" + reviewId + ",%")
                .query(Long.class)
                .single();
        var completed = jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%ReviewDecided' and completion_date is not null
                          and serialized_event like ?""")
                .param("%\"reviewId\":" + reviewId + ",%")
                .query(Long.class)
                .single();
        assertThat(incomplete).isZero();
        assertThat(completed)
                .as(
                        "one completed publication per listening module: certification, brand, overseas warehouse, category qualifications, notifications")
                .isEqualTo(5);
    }
}
