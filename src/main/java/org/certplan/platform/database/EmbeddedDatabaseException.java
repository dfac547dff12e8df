package org.certplan.platform.database;

/** The embedded database cannot be used; the message says why and what to do, for the operator to read. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }
}
