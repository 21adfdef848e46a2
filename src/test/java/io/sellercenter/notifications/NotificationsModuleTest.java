package io.sellercenter.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountId;
import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.notifications.internal.NotificationBook;
import io.sellercenter.orders.CancellationRequested;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.shared.PageRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.Scenario;

/**
 * Notifications on their own: the events of review and orders published here as those modules would, without them
 * running; each seller's accounts are told what they may see.
 */
@ModuleTest(extraIncludes = "accounts")
class NotificationsModuleTest {

    private final NotificationBook book;
    private final CurrentAccount main;
    private final CurrentAccount other;

    NotificationsModuleTest(NotificationBook book, AccountLookup accounts) {
        this.book = book;
        this.main = accounts.byEmail("seller@demo.local").orElseThrow();
        this.other = accounts.byEmail("seller2@demo.local").orElseThrow();
    }

    private CurrentAccount sub(Permission... permissions) {
        return new CurrentAccount(
                new AccountId(main.id().value() + 100_000),
                "clerk@notifications.test",
                "Clerk",
                AccountKind.SUB,
                main.sellerId(),
                null,
                Set.of(),
                Set.of(permissions));
    }

    @Test
    @DisplayName(
            "R-S8 a buyer's cancellation request reaches the main account and ORDERS sub-accounts of its seller only")
    void cancellationRequested(Scenario scenario) {
        var before = book.unread(main);
        var clerkBefore = book.unread(sub(Permission.ORDERS));
        var otherBefore = book.unread(other);

        scenario.publish(new CancellationRequested(424_242, main.sellerId().value()))
                .andWaitForStateChange(() -> book.unread(main), unread -> unread > before)
                .andVerify(unread -> assertThat(unread).isEqualTo(before + 1));

        assertThat(book.unread(sub(Permission.ORDERS))).isEqualTo(clerkBefore + 1);
        assertThat(book.unread(sub(Permission.SHIPPING))).isZero();
        assertThat(book.unread(other)).isEqualTo(otherBefore);
    }

    @Test
    @DisplayName("R-S8 a review decision is told to the main account alone")
    void reviewDecided(Scenario scenario) {
        var event = new ReviewDecided(
                515_151, ReviewKind.BRAND, 99, main.sellerId().value(), 1, Decision.REJECT, List.of(), "blurred");

        scenario.publish(event)
                .andWaitForStateChange(() -> book.list(main, new PageRequest(0, 200)).items().stream()
                        .filter(n -> n.subjectId() == 515_151)
                        .toList())
                .andVerify(found -> assertThat(found).singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationBook.Kind.REVIEW_DECIDED);
                    assertThat(n.detail()).isEqualTo("BRAND:REJECT:99");
                }));
        assertThat(book.list(sub(Permission.values()), new PageRequest(0, 200)).items())
                .noneMatch(n -> n.subjectId() == 515_151);
    }
}
