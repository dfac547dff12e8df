package org.certplan.dataset;

import java.util.List;

/** The outcome of an import, with the ids of what it created in document order. */
public record Imported(ImportResult counts, List<Long> auditorIds, List<Long> clientIds) {
}
