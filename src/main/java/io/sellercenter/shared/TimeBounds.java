package io.sellercenter.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Dates and instants the database can hold and a person could mean: years 1 to 9999. */
public final class TimeBounds {

    public static final Instant EARLIEST =
            OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    public static final Instant LATEST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC)
            .toInstant();

    private TimeBounds() {}

    public static boolean within(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static boolean within(int year) {
        return year >= 1 && year <= 9999;
    }

    /** The instant unchanged, or a 400 naming {@code field}. */
    public static Instant require(String field, Instant instant) {
        if (instant != null && !within(instant)) {
            throw new InvalidInputException(field, "DATE_OUT_OF_RANGE");
        }
        return instant;
    }
}
