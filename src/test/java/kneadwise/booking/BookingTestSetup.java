package kneadwise.booking;

import java.time.Instant;
import kneadwise.testing.MutableClock;
import kneadwise.testing.RecordingMailer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A settable clock and a mailer that keeps what it sends. The clock starts on Monday 2027-02-15, a few weeks
 * before New York's (03-14) and London's (03-28) clocks go forward.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BookingTestSetup {

    public static final Instant START = Instant.parse("2027-02-15T12:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    @Bean
    @Primary
    RecordingMailer recordingMailer() {
        return new RecordingMailer();
    }
}
