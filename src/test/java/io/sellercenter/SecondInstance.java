package io.sellercenter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A second application instance on the tests' database, as a second node behind a load balancer would be. */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public SecondInstance(EmbeddedPostgres postgres) {
        this.context = new SpringApplicationBuilder(SellerCenterApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--sellercenter.demo=false",
                        "--sellercenter.data-dir=target/second-instance",
                        "--sellercenter.orders.timers-polling=false",
                        "--logging.level.root=warn");
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
