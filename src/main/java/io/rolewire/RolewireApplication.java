package io.rolewire;

import io.rolewire.audit.OfflineVerification;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RolewireApplication {

    public static void main(String[] args) {
        // "verify" needs no database, server or Spring context: dispatched before Spring starts
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(OfflineVerification.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(RolewireApplication.class, args);
    }
}
