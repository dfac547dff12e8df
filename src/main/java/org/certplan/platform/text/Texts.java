package org.certplan.platform.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small text helpers for values stored in bounded columns. */
public final class Texts {

    private Texts() {
    }

    /** The text cut to at most {@code max} characters, marked with "..." when cut; null stays null. */
    public static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** The value as JSON for a text column; a value that cannot be written is a programming error. */
    public static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
