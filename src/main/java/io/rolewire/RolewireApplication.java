package io.rolewire;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RolewireApplication {

    public static void main(String[] args) {
        SpringApplication.run(RolewireApplication.class, args);
    }
}
