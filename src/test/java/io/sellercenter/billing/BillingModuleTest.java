package io.sellercenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountId;
import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RuleViolationException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/** Billing on its own: the freight deduction account (R-H2) and its holds, charges and compensations, once each. */
@ModuleTest(extraIncludes = "accounts")
class BillingModuleTest {

    private static final AtomicLong SELLERS = new AtomicLong(7_000_000 + System.nanoTime() % 1_000_000);

    private final FreightAccounts freight;
    private final TransactionTemplate transactions;

    BillingModuleTest(FreightAccounts freight, TransactionTemplate transactions) {
        this.freight = freight;
        this.transactions = transactions;
    }

    private static CurrentAccount seller(long id, Set<Permission> permissions, AccountKind kind) {
        return new CurrentAccount(
                new AccountId(id),
                id + "@billing.test",
                "Seller " + id,
                kind,
                new SellerId(id),
                null,
                Set.of(),
                permissions);
    }

    private long held(SellerId seller) {
        return freight.held(seller).stream().mapToLong(Money::minorUnits).sum();
    }

    @Test
    @DisplayName(
            "R-H2 without a bound deduction account nothing is held; bound, each hold, charge and compensation is taken once")
    void holds() {
        var id = SELLERS.incrementAndGet();
        var main = seller(id, Set.of(), AccountKind.MAIN);
        var sellerId = main.sellerId();
        var hold = new FreightAccounts.Hold("logistics:" + id, Money.of("27.00", "CNY"));

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> freight.holdAll(sellerId, List.of(hold))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-H2");
                    assertThat(e.code()).isEqualTo("DEDUCTION_ACCOUNT_NOT_BOUND");
                });
        freight.bind(main, ProviderCode.ALIPAY_INTL, "seller@alipay.test", "AGR-1");
        transactions.executeWithoutResult(s -> freight.holdAll(sellerId, List.of(hold)));
        assertThat(held(sellerId)).isEqualTo(2700);

        // the same reference again is refused by the ledger itself, whichever caller retries
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> freight.holdAll(sellerId, List.of(hold))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(held(sellerId)).isEqualTo(2700);
        var actual = Money.of("31.50", "CNY");
        transactions.executeWithoutResult(s -> freight.settleHold(sellerId, hold.reference(), hold.amount(), actual));
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        s -> freight.settleHold(sellerId, hold.reference(), hold.amount(), actual)))
                .isInstanceOf(DuplicateKeyException.class);
        transactions.executeWithoutResult(s -> freight.compensate(sellerId, hold.reference(), hold.amount()));
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        s -> freight.compensate(sellerId, hold.reference(), hold.amount())))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(held(sellerId)).isZero();
        assertThat(freight.ledger(main, FreightAccounts.LedgerFilter.ALL, new PageRequest(0, 50))
                        .items())
                .extracting(FreightAccounts.Movement::kind)
                .containsExactlyInAnyOrder(
                        FreightAccounts.Movement.Kind.HOLD,
                        FreightAccounts.Movement.Kind.RELEASE,
                        FreightAccounts.Movement.Kind.FREIGHT_CHARGE,
                        FreightAccounts.Movement.Kind.COMPENSATION);
    }

    @Test
    @DisplayName("R-S8 R-H2 binding needs the main account or FINANCE, and International Alipay withholding")
    void binding() {
        var id = SELLERS.incrementAndGet();
        assertThatThrownBy(() -> freight.bind(
                        seller(id, Set.of(Permission.ORDERS), AccountKind.SUB),
                        ProviderCode.ALIPAY_INTL,
                        "a@alipay.test",
                        "AGR-2"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> freight.bind(
                        seller(id, Set.of(Permission.FINANCE), AccountKind.SUB), ProviderCode.WANLIHUI, "a", "AGR-2"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().code()).isEqualTo("WITHHOLDING_ALIPAY_ONLY"));
        var bound = freight.bind(
                seller(id, Set.of(Permission.FINANCE), AccountKind.SUB),
                ProviderCode.ALIPAY_INTL,
                "a@alipay.test",
                "AGR-2");
        assertThat(bound.bound()).isTrue();
    }
}
