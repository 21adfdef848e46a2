package io.sellercenter;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the events a listener has not completed (it failed, or its instance died) to their listeners again, by one
 * instance at a time: the sweep runs under a PostgreSQL advisory lock that the other instances skip. It replaces
 * republishing on restart, which every instance starting would do at once, and which waits for a restart.
 */
@Component
class EventRepublication {

    private final IncompleteEventPublications incomplete;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration olderThan;
    private final boolean polling;

    EventRepublication(
            IncompleteEventPublications incomplete,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Value("${sellercenter.events.republish-older-than:PT5M}") Duration olderThan,
            @Value("${sellercenter.events.republish-polling:true}") boolean polling) {
        this.incomplete = incomplete;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.olderThan = olderThan;
        this.polling = polling;
    }

    @Scheduled(fixedDelayString = "${sellercenter.events.republish-poll:PT1M}", initialDelayString = "PT30S")
    void poll() {
        if (polling) {
            republish();
        }
    }

    /** Resubmits the publications incomplete for longer than the threshold; false when another instance is at it. */
    boolean republish() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var ours = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('event-republication'))")
                    .query(Boolean.class)
                    .single();
            if (ours) {
                incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
            }
            return ours;
        }));
    }
}
