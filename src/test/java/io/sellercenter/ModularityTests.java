package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SellerCenterApplication.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyAllowedDependencies() {
        modules.verify();
    }

    @Test
    void theModulesAreTheOnesTheDesignNames() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "shared",
                        "accounts",
                        "documents",
                        "catalog",
                        "review",
                        "billing",
                        "sellers",
                        "warehouses",
                        "products",
                        "orders",
                        "shipping",
                        "notifications",
                        "openplatform");
    }
}
