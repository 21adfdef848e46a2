package io.sellercenter;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// the value types and problem vocabulary every module uses, bootstrapped in every module test
@Modulithic(sharedModules = "shared")
@EnableScheduling
@EnableAsync
public class SellerCenterApplication {

    public static void main(String[] args) {
        SpringApplication.run(SellerCenterApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
