package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener failed is handed to it again by the scheduled sweep, by one instance at a time. Its own
 * context and database (without demo data), so that a listener that fails on purpose never meets the other tests.
 */
@SpringBootTest(properties = {"sellercenter.data-dir=target/republication-test-data", "sellercenter.demo=false"})
@ActiveProfiles("test")
@Import(EventRepublicationTest.FlakyListener.Configuration.class)
@DirtiesContext
class EventRepublicationTest {

    record Probe(String id) {}

    /** Fails on the first delivery of each probe, as a listener whose database call timed out would. */
    static class FlakyListener {

        private final AtomicInteger deliveries = new AtomicInteger();

        /** A method, not the field: the listener is a proxy (asynchronous, transactional). */
        int deliveries() {
            return deliveries.get();
        }

        @ApplicationModuleListener
        void on(Probe probe) {
            if (deliveries.incrementAndGet() == 1) {
                throw new IllegalStateException("the first delivery fails");
            }
        }

        @TestConfiguration(proxyBeanMethods = false)
        static class Configuration {
            @Bean
            FlakyListener flakyListener() {
                return new FlakyListener();
            }
        }
    }

    @Autowired
    EventRepublication republication;

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aFailedListenerGetsTheEventAgainFromOneInstanceAtATime() throws Exception {
        transactions.executeWithoutResult(status -> events.publishEvent(new Probe("p-1")));
        awaitDeliveries(1);
        // the failed delivery left the publication incomplete; make it older than the sweep's threshold
        awaitIncomplete(1);
        jdbc.sql(
                        "update event_publication set publication_date = now() - interval '1 hour' where completion_date is null")
                .update();

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select pg_advisory_xact_lock(hashtext('event-republication'))")) {
                lock.execute();
            }
            assertThat(republication.republish())
                    .as("another instance is sweeping")
                    .isFalse();
            other.rollback();
        }
        assertThat(listener.deliveries()).isEqualTo(1);

        assertThat(republication.republish()).isTrue();
        awaitDeliveries(2);
        awaitIncomplete(0);
    }

    private void awaitDeliveries(int count) throws InterruptedException {
        for (int i = 0; i < 200 && listener.deliveries() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(listener.deliveries()).isEqualTo(count);
    }

    private void awaitIncomplete(long count) throws InterruptedException {
        long incomplete = -1;
        for (int i = 0; i < 200; i++) {
            incomplete = jdbc.sql(
                            "select count(*) from event_publication where completion_date is null and event_type like ?")
                    .param("%Probe")
                    .query(Long.class)
                    .single();
            if (incomplete == count) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(incomplete).isEqualTo(count);
    }
}
