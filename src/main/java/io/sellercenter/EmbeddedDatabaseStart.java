package io.sellercenter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known (unpacking,
 * initdb and the server's start take about a second), so that it comes up beside the context's own
 * start-up instead of holding up Flyway. Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedDatabaseStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!EmbeddedDatabaseConfiguration.NoExternalDatabase.embedded(environment)) {
            return;
        }
        var starting = new Starting(environment);
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(Starting.NAME, starting);
        // stopped with the context, also when its start-up fails before anything used the database
        beans.registerDisposableBean(Starting.NAME, starting);
    }

    /** The embedded PostgreSQL on its way up; its owner, which stops it. */
    static final class Starting implements DisposableBean {

        static final String NAME = "embeddedDatabaseStart";

        private final CompletableFuture<EmbeddedPostgres> postgres = new CompletableFuture<>();
        private volatile Process watchdog;

        Starting(Environment environment) {
            var dataDir = Path.of(environment.getRequiredProperty("sellercenter.data-dir"));
            var durable = environment.getProperty("sellercenter.embedded-db.durable", Boolean.class, true);
            var clean = environment.getProperty("sellercenter.embedded-db.clean", Boolean.class, false);
            Thread.ofPlatform().name("embedded-postgres-start").start(() -> {
                try {
                    var pgDir = dataDir.resolve("pg").toAbsolutePath();
                    EmbeddedServerGuard.stopLeftBehind(pgDir);
                    var started = start(pgDir, durable, clean);
                    watchdog = EmbeddedServerGuard.watch(pgDir);
                    postgres.complete(started);
                } catch (Throwable e) {
                    postgres.completeExceptionally(e);
                }
            });
        }

        /** Waits until PostgreSQL accepts connections. */
        EmbeddedPostgres started() {
            try {
                return postgres.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void destroy() throws IOException {
            if (watchdog != null) {
                watchdog.destroy();
            }
            try {
                started().close();
            } catch (RuntimeException neverStarted) {
                // nothing runs that needs stopping
            }
        }

        private static EmbeddedPostgres start(Path pgDir, boolean durable, boolean clean) throws IOException {
            Files.createDirectories(pgDir);
            // the context stops it: zonky's own shutdown hook would race Spring's and kill it under running beans
            return EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "100")
                    .start();
        }
    }
}
