package uk.partnershipledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CommandServiceApplication {

  public static void main(String[] args) {
    // No network here and no wish to report home: Axon's update checker stays off (STACK.md, trap
    // 7).
    System.setProperty("axoniq.update-checker.disabled", "true");
    SpringApplication.run(CommandServiceApplication.class, args);
  }
}
