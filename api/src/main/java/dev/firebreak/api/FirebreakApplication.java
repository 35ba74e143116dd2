package dev.firebreak.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// Firebreak authenticates callers itself (dev.firebreak.api.security): no generated password
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class FirebreakApplication {
  public static void main(String[] args) {
    SpringApplication.run(FirebreakApplication.class, args);
  }
}
