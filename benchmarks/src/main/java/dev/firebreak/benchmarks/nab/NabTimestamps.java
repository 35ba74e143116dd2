package dev.firebreak.benchmarks.nab;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/** NAB timestamps: "2014-04-10 07:15:00" in data files, with optional fraction in label files. */
final class NabTimestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    private NabTimestamps() {
    }

    static long toEpochMillis(String timestamp) {
        return LocalDateTime.parse(timestamp.trim(), FORMAT).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
