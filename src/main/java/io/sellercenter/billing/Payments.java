package io.sellercenter.billing;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.internal.PaymentBook;
import io.sellercenter.shared.Money;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Takes money from sellers through a provider. One live payment per {@code reference}: asking again
 * while one is pending returns it, once one succeeded it is refused (409 ALREADY_PAID). Publishes
 * {@link PaymentSucceeded} when the provider's notification says paid; a declined payment is kept as FAILED in the
 * payment's history (shown with the deposit) and the seller or buyer pays again.
 */
@Service
public class Payments {

    private final PaymentBook book;

    Payments(PaymentBook book) {
        this.book = book;
    }

    public Payment start(
            SellerId sellerId, String purpose, String reference, Money amount, ProviderCode provider, String subject) {
        return book.start(sellerId.value(), purpose, reference, amount, provider, subject);
    }

    /** Gives the payer's money back (ledger: seller purpose account → provider clearing); once only. */
    public void refund(String reference) {
        book.refund(reference);
    }

    /** Releases the money to the seller's balance once the buyer has the goods; once only. */
    public void settle(String reference) {
        book.settle(reference);
    }

    /** Every payment for the reference, newest first: the declined and abandoned ones too. */
    public List<Payment> history(String reference) {
        return book.history(reference);
    }

    /** The newest payment for the reference, if any. */
    public Optional<Payment> latest(String reference) {
        return book.latest(reference);
    }
}
