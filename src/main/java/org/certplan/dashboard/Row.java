package org.certplan.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Typed access to one row of a native query, whatever Java types the JDBC driver chose for its columns. */
record Row(Object[] values) {

    String text(int i) {
        return values[i] == null ? null : values[i].toString();
    }

    Long number(int i) {
        return values[i] == null ? null : ((Number) values[i]).longValue();
    }

    long count(int i) {
        Long n = number(i);
        return n == null ? 0 : n;
    }

    Integer integer(int i) {
        return values[i] == null ? null : ((Number) values[i]).intValue();
    }

    BigDecimal decimal(int i) {
        Object v = values[i];
        return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    Boolean bool(int i) {
        Object v = values[i];
        return v == null ? null : v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
    }

    LocalDate date(int i) {
        Object v = values[i];
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(v.toString().substring(0, 10));
    }

    Instant instant(int i) {
        Object v = values[i];
        if (v == null) {
            return null;
        }
        if (v instanceof Instant t) {
            return t;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (v instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + v.getClass());
    }

    <E extends Enum<E>> E enumValue(int i, Class<E> type) {
        return values[i] == null ? null : Enum.valueOf(type, values[i].toString());
    }
}
