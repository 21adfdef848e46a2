package io.sellercenter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A module test: the test class's application module alone with the modules it uses directly (and {@code shared}), on
 * a server on a random port (payment providers call back over HTTP), an embedded PostgreSQL of its own (the slice leaves out the root package's, so it is imported here), stopped after
 * the class so that module tests never run several databases at once. Flyway migrates the whole schema; only the
 * module's beans, and its own demo data, run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "sellercenter.data-dir=target/module-test-data")
@Import(ModuleTest.Database.class)
@DirtiesContext
public @interface ModuleTest {

    /** DIRECT_DEPENDENCIES, or ALL_DEPENDENCIES for a module whose neighbours need theirs to start. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    ApplicationModuleTest.BootstrapMode mode() default ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES;

    /** Modules used only for their types (no bean of theirs injected) that the test still needs running. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};

    @TestConfiguration(proxyBeanMethods = false)
    @Import({EmbeddedDatabaseConfiguration.class, TestClock.Configuration.class})
    class Database {}
}
