package org.wegweiser;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the shared domain alone (JPA, Flyway, services) for its integration tests. */
@SpringBootApplication
public class SharedTestApplication {
}
