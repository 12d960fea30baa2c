package org.onewindow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.form.ValidationContext;
import org.onewindow.process.ProcessRunner;
import org.onewindow.process.WorkingDayCalendar;
import org.onewindow.testing.ShippedDepartments;

final class CallBackContactsTest {
    private static ValidationContext VALIDATION;

    @BeforeAll
    static void load() throws Exception {
        VALIDATION = new ProcessRunner(
                        WorkingDayCalendar.load(Path.of("knowledge-base/calendar")),
                        ShippedDepartments::registry,
                        Clock.systemUTC())
                .validation();
    }

    @Test
    void mobileNumberInASentence_isFoundInItsCanonicalForm() {
        assertThat(CallBackContacts.find("我的手机是 138-0731-0000，下午都在", VALIDATION))
                .isEqualTo("13807310000");
    }

    @Test
    void emailInASentence_isFound() {
        assertThat(CallBackContacts.find("please write to Li.Na@Example.com.", VALIDATION))
                .isEqualToIgnoringCase("li.na@example.com");
    }

    @Test
    void textWithoutAValidContact_givesNothing() {
        assertThat(CallBackContacts.find("call me tomorrow", VALIDATION)).isNull();
        assertThat(CallBackContacts.find("123 456", VALIDATION)).isNull();
    }
}
