package org.onewindow.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts the service, a browser, another JVM or a tool, needs PostgreSQL or RabbitMQ, or
 * runs the shipped knowledge base end to end. Such tests run under Failsafe in {@code mvn verify};
 * {@code mvn test} (Surefire) runs the rest, the fast loop.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("integration")
public @interface IntegrationTest {}
