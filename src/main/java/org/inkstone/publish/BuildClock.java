package org.inkstone.publish;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The build's clock: fixed by {@code SOURCE_DATE_EPOCH} for reproducible builds, else the system's. */
public final class BuildClock {
    private BuildClock() {}

    public static Clock fromEnvironment(String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }
}
