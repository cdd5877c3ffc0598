package io.sportello;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class SportelloApplication {

    public static void main(String[] args) {
        io.sportello.intake.LenientMime.install();
        SpringApplication.run(SportelloApplication.class, args);
    }
}
