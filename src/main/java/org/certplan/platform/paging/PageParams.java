package org.certplan.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} and {@code size} query parameters every list takes. */
public class PageParams {

    public static final int MAX_SIZE = 500;

    /** The last page whose offset fits in an int at any size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    public io.quarkus.panache.common.Page panache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
