package io.sellercenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code sellercenter.exit-when-ready=true} the application stops as soon as it is ready: a training
 * run for the JDK's ahead-of-time cache that goes through the whole start-up, demo data included, and
 * stops the embedded PostgreSQL on its way out. Spring's {@code spring.context.exit=onRefresh} halts the
 * JVM before the demo data and without closing anything, so it would leave PostgreSQL running.
 */
@Component
@ConditionalOnBooleanProperty("sellercenter.exit-when-ready")
class ExitWhenReady {

    @EventListener(ApplicationReadyEvent.class)
    void exit(ApplicationReadyEvent ready) {
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
