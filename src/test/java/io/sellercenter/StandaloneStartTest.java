package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application the way a user does, outside the shared test context. */
class StandaloneStartTest {

    /** Properties are given as command-line arguments: they win over application.properties. */
    private static ConfigurableApplicationContext start(String... properties) {
        var args = Stream.concat(Stream.of("server.port=0", "logging.level.root=warn"), Arrays.stream(properties))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(SellerCenterApplication.class).run(args);
    }

    private static Api api(ConfigurableApplicationContext app) {
        return new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void keepsAccountsAndDocumentsAcrossARestart(@TempDir Path dataDir) {
        Api.Seller seller;
        long documentId;
        var pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        try (var app = start("sellercenter.data-dir=" + dataDir)) {
            var api = api(app);
            seller = api.registerSeller();
            documentId = api.upload(seller.token(), "l.pdf", "application/pdf", pdf)
                    .json()
                    .get("documentId")
                    .asLong();
        }

        try (var app = start("sellercenter.data-dir=" + dataDir)) {
            var api = api(app);
            var token = api.token(seller.email(), "secret-pass-1");
            assertThat(api.get("/api/v1/me", token).json().get("sellerId").asLong())
                    .isEqualTo(seller.sellerId());
            assertThat(api.get("/api/v1/documents/" + documentId, token).body()).isEqualTo(pdf);
            var demoSeller = api.token("seller@demo.local", "demo1234");
            var orders = api.get("/api/v1/orders?size=200", demoSeller).json();
            assertThat(orders.get("total").asLong())
                    .as("demo orders, created once")
                    .isGreaterThanOrEqualTo(30);
            var waiting = orders.get("items")
                    .valueStream()
                    .filter(o -> o.get("orderStatus").asString().equals("WAIT_SELLER_SEND_GOODS"))
                    .toList();
            assertThat(waiting).hasSizeGreaterThanOrEqualTo(10);
            assertThat(waiting.stream().filter(o -> o.get("dueWithin24Hours").asBoolean()))
                    .isNotEmpty();
            assertThat(orders.get("items")
                            .valueStream()
                            .anyMatch(o -> o.get("unreadMessages").asLong() > 0))
                    .isTrue();
            assertThat(orders.get("items")
                            .valueStream()
                            .map(o -> o.get("orderStatus").asString())
                            .distinct())
                    .contains(
                            "PLACE_ORDER_SUCCESS",
                            "SELLER_PART_SEND_GOODS",
                            "WAIT_BUYER_ACCEPT_GOODS",
                            "IN_CANCEL",
                            "FUND_PROCESSING",
                            "FINISH");
        }
        assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
    }

    @Test
    void usesAnExternalPostgresqlAndStartsNoEmbeddedOne(@TempDir Path dir) throws Exception {
        try (var external = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("external"))
                .setCleanDataDirectory(true)
                .start()) {
            try (var app = start(
                    "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=",
                    "sellercenter.demo=false",
                    "sellercenter.admin.email=root@example.com",
                    "sellercenter.admin.password=first-admin-pass",
                    "sellercenter.data-dir=" + dir.resolve("app"))) {
                assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(Files.exists(dir.resolve("app/pg"))).isFalse();

                var api = api(app);
                var me = api.get("/api/v1/me", api.token("root@example.com", "first-admin-pass"))
                        .json();
                assertThat(me.get("roles").valueStream().map(n -> n.asString())).contains("ADMIN");
                assertThat(api.post(
                                        "/api/v1/auth/tokens",
                                        null,
                                        Map.of("email", "seller@demo.local", "password", "demo1234"))
                                .status())
                        .as("no demo data with sellercenter.demo=false")
                        .isEqualTo(401);
            }
            try (var connection = external.getPostgresDatabase().getConnection();
                    var rows = connection
                            .createStatement()
                            .executeQuery("select count(*) from accounts where email = 'root@example.com'")) {
                rows.next();
                assertThat(rows.getInt(1))
                        .as("the admin lives in the external database")
                        .isEqualTo(1);
            }
        }
    }
}
