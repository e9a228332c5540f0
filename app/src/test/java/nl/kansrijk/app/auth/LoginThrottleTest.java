package nl.kansrijk.app.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allows_afterMaxFailures_refusesUntilTheWindowPasses() {
        ManualClock clock = new ManualClock();
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allows("ip|user")).isTrue();
            throttle.recordFailure("ip|user");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.allows("ip|user")).isFalse();
        assertThat(throttle.allows("ip|other")).as("other keys are unaffected").isTrue();
        clock.advance(Duration.ofMinutes(13));
        assertThat(throttle.allows("ip|user")).as("the first failure left the window").isTrue();
    }

    @Test
    void recordSuccess_forgetsEarlierFailures() {
        LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(15), new ManualClock());
        throttle.recordFailure("k");
        throttle.recordSuccess("k");
        throttle.recordFailure("k");

        assertThat(throttle.allows("k")).isTrue();
    }
}
