package io.sellercenter.bench;

import io.sellercenter.SellerCenterApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application started in this JVM on its embedded PostgreSQL, and an HTTP client for it. */
final class BenchApp implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** fsync and synchronous commits on, as the default run has them; {@code -Dbench.durable=false} turns them off. */
    static final boolean DURABLE = Boolean.parseBoolean(System.getProperty("bench.durable", "true"));

    final ConfigurableApplicationContext context;
    final String base;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    BenchApp(Path dataDir) {
        // command-line arguments, so they win over application.properties
        context = new SpringApplicationBuilder(SellerCenterApplication.class)
                .run(
                        "--server.port=0",
                        "--sellercenter.data-dir=" + dataDir,
                        "--sellercenter.embedded-db.durable=" + DURABLE,
                        "--sellercenter.embedded-db.clean=true",
                        "--sellercenter.orders.timers-polling=false",
                        "--sellercenter.shipping.compensation-sweep=false",
                        "--sellercenter.login.max-failures-per-address=100000",
                        "--sellercenter.carrier-secret=bench-carrier-secret",
                        "--logging.level.root=warn",
                        "--logging.level.org.apache.fontbox=error",
                        "--spring.main.banner-mode=off");
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        base = "http://localhost:" + port;
        dataSource = context.getBean(DataSource.class);
        jdbc = JdbcClient.create(dataSource);
    }

    Response post(String path, String token, Object body) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                token);
    }

    Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    private Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            var response =
                    http.send(request.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Response check(Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + " → " + response.status() + " " + response.body());
        }
        return response;
    }

    @Override
    public void close() {
        context.close();
    }
}
