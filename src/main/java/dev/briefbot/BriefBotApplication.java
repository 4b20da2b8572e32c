package dev.briefbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BriefBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(BriefBotApplication.class, args);
    }
}
