package org.onewindow.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.staff.StaffFixture.PASSWORD;
import static org.onewindow.staff.StaffFixture.failure;
import static org.onewindow.testing.Await.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

final class StaffLoggingTest {

    @Test
    void logs_ofLoginsFailuresLockoutAndLogout_neverContainPasswordsOrTokens() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        try (StaffFixture fx = new StaffFixture();
                StaffAuth auth = fx.auth(StaffAuthPolicy.defaults())) {
            fx.account("alice", Role.AGENT);
            StaffLogin login = await(auth.login("alice", PASSWORD, "127.0.0.1"));
            for (int i = 0; i < 6; i++) {
                failure(auth.login("alice", "typed-secret-" + i, "127.0.0.1"));
                failure(auth.login("typed-secret-as-name", "typed-secret-x", "127.0.0.1"));
            }
            await(auth.logout(login.principal()));
            await(StaffBootstrap.run(
                    fx.store, fx.store, StaffFixture.CHEAP_HASHER, null, "bootstrap-secret-pw", fx.clock));

            String logs = captured.list.stream()
                    .map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
                    .collect(Collectors.joining("\n"));
            assertThat(logs)
                    .contains("alice logged in", "refused from there until", "logged out")
                    .doesNotContain(PASSWORD, login.token(), "typed-secret", "bootstrap-secret-pw");
        } finally {
            root.detachAppender(captured);
        }
    }
}
