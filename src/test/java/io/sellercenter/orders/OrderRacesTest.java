package io.sellercenter.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Shop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class OrderRacesTest extends ApiTestBase {

    private static List<Api.Response> race(List<Callable<Api.Response>> tasks) throws Exception {
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var responses = new ArrayList<Api.Response>();
            for (var f : pool.invokeAll(tasks)) {
                responses.add(f.get());
            }
            return responses;
        }
    }

    @Test
    void racingBuyersNeverOversell() throws Exception {
        var shop = new Shop(api, 5, "GENERAL");
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 10; i++) {
            var buyer = api.buyerToken();
            tasks.add(() -> shop.order(buyer, 1));
        }

        var responses = race(tasks);

        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(5);
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .allSatisfy(r -> assertThat(r.code()).isEqualTo("OUT_OF_STOCK"));
        assertThat(shop.stock().get("reserved").asInt()).isEqualTo(5);
        assertThat(shop.stock().get("available").asInt()).isEqualTo(5);
    }

    @Test
    void aDoubleConfirmationConfirmsOnce() throws Exception {
        var shop = new Shop(api, 5, "GENERAL");
        var buyer = api.buyerToken();
        var id = shop.paid(buyer, 1);
        shop.shipAll(id);

        var responses =
                race(List.of(() -> OrderApiTest.confirm(api, buyer, id), () -> OrderApiTest.confirm(api, buyer, id)));

        assertThat(responses.stream().map(Api.Response::status)).containsExactlyInAnyOrder(200, 409);
        assertThat(shop.status(id)).isEqualTo("FUND_PROCESSING");
    }
}
