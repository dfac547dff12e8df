package org.certplan.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/** ISO dates in the years an audit programme can concern; any other is a typo the database could not even hold. */
public class PlausibleDates extends StdDeserializer<LocalDate> {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    public PlausibleDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw MismatchedInputException.from(parser, LocalDate.class, "date " + date + ": the year must lie between "
                    + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return date;
    }
}
