package io.sellercenter.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountId;
import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.review.internal.ReviewConsole;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.StateConflictException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The review module on its own (with the accounts and shared modules it uses): a case, its revisions and the decision it
 * publishes, without any module that applies for review.
 */
@ModuleTest
class ReviewModuleTest {

    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private static final CurrentAccount REVIEWER = new CurrentAccount(
            new AccountId(900_001),
            "reviewer@module.test",
            "Reviewer",
            AccountKind.STAFF,
            null,
            null,
            Set.of(StaffRole.REVIEWER),
            Set.of());

    private static final CurrentAccount SELLER = new CurrentAccount(
            new AccountId(900_002),
            "seller@module.test",
            "Seller",
            AccountKind.MAIN,
            new SellerId(900_002),
            null,
            Set.of(),
            Set.of(Permission.values()));

    private final ReviewSubmissions submissions;
    private final ReviewDecisions decisions;
    private final ReviewConsole console;

    ReviewModuleTest(ReviewSubmissions submissions, ReviewDecisions decisions, ReviewConsole console) {
        this.submissions = submissions;
        this.decisions = decisions;
        this.console = console;
    }

    private long submit(ReviewKind kind, long subject) {
        return submissions.submit(
                kind,
                SELLER.sellerId(),
                subject,
                "Voltix",
                List.of(Material.value("brandName", "Voltix")),
                List.of(Precheck.passed("trademark")));
    }

    @Test
    @DisplayName(
            "R-W7 a rejection names at least one reason, each fitting the kind of application; nothing changes otherwise")
    void rejectionReasons() {
        var id = submit(ReviewKind.OVERSEAS_WAREHOUSE, SUBJECTS.incrementAndGet());

        assertThatThrownBy(() -> decisions.decide(REVIEWER, id, Decision.REJECT, List.of(), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().code()).isEqualTo("REASON_REQUIRED"));
        assertThatThrownBy(() ->
                        decisions.decide(REVIEWER, id, Decision.REJECT, List.of(ReasonCode.LICENSE_UNREADABLE), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().code()).isEqualTo("REASON_NOT_FOR_KIND"));
        assertThat(console.find(REVIEWER, id).summary().status()).isEqualTo(ReviewConsole.Status.IN_REVIEW);
    }

    @Test
    @DisplayName("R-W7 the decision is published with its reasons for the module that owns the application")
    void decisionIsPublished(PublishedEvents events) {
        var subject = SUBJECTS.incrementAndGet();
        var id = submit(ReviewKind.OVERSEAS_WAREHOUSE, subject);

        decisions.decide(REVIEWER, id, Decision.REJECT, List.of(ReasonCode.NO_OVERSEAS_INVENTORY), "no stock yet");

        assertThat(events.ofType(ReviewDecided.class).matching(e -> e.reviewId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.subjectId()).isEqualTo(subject);
                    assertThat(e.sellerId()).isEqualTo(900_002);
                    assertThat(e.decision()).isEqualTo(Decision.REJECT);
                    assertThat(e.reasonCodes()).containsExactly(ReasonCode.NO_OVERSEAS_INVENTORY);
                    assertThat(e.comment()).isEqualTo("no stock yet");
                });
    }

    @Test
    @DisplayName(
            "R-S6 a rejected application comes back as a new revision of its case; never twice in review, never after approval")
    void revisions() {
        var subject = SUBJECTS.incrementAndGet();
        var id = submit(ReviewKind.BRAND, subject);
        assertThatThrownBy(() -> submit(ReviewKind.BRAND, subject))
                .isInstanceOf(StateConflictException.class)
                .extracting("code")
                .isEqualTo("ALREADY_IN_REVIEW");

        decisions.decide(REVIEWER, id, Decision.REJECT, List.of(ReasonCode.TRADEMARK_NOT_FOUND), null);
        assertThat(submit(ReviewKind.BRAND, subject)).isEqualTo(id);
        decisions.decide(REVIEWER, id, Decision.APPROVE, List.of(), null);

        var decided = console.find(REVIEWER, id);
        assertThat(decided.history())
                .extracting(ReviewConsole.Revision::decision)
                .containsExactly(Decision.REJECT, Decision.APPROVE);
        assertThat(decided.summary().revision()).isEqualTo(2);
        assertThatThrownBy(() -> submit(ReviewKind.BRAND, subject))
                .isInstanceOf(StateConflictException.class)
                .extracting("code")
                .isEqualTo("ALREADY_APPROVED");
        assertThatThrownBy(() -> decisions.decide(REVIEWER, id, Decision.APPROVE, List.of(), null))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-S8 only staff see the queue and decide; a seller is refused")
    void staffOnly() {
        var id = submit(ReviewKind.CERTIFICATION, SUBJECTS.incrementAndGet());

        assertThat(console.queue(
                                REVIEWER,
                                ReviewConsole.Status.IN_REVIEW,
                                ReviewKind.CERTIFICATION,
                                new PageRequest(0, 200))
                        .items())
                .extracting(ReviewConsole.QueueItem::reviewId)
                .contains(id);
        assertThatThrownBy(() -> console.queue(SELLER, null, null, new PageRequest(0, 10)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> decisions.decide(SELLER, id, Decision.APPROVE, List.of(), null))
                .isInstanceOf(ForbiddenException.class);
    }
}
