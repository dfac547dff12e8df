package org.certplan.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The one way a dataset is written: dates as ISO strings, absent values left out, so equal data gives equal bytes. */
public final class DatasetJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private DatasetJson() {
    }

    public static String write(Dataset dataset) {
        try {
            return MAPPER.writeValueAsString(dataset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Dataset dataset, OutputStream out) {
        try {
            MAPPER.writeValue(out, dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset read(String json) {
        try {
            return MAPPER.readValue(json, Dataset.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
