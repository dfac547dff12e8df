package org.certplan.platform.problem;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the database refuses because another transaction wrote at the same time: a unique key taken meanwhile, a
 * deadlock, a lock it waited for too long. Each is a 409 for the caller to read again and retry, never a 500.
 */
public final class WriteConflicts {

    private static final int DUPLICATE_KEY = 1062;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;

    private WriteConflicts() {
    }

    /** Runs {@code write}; when it violates the unique key {@code key}, answers with {@code taken} instead. */
    public static void guard(String key, Supplier<ProblemException> taken, Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (violates(e, key)) {
                throw taken.get();
            }
            throw e;
        }
    }

    /** The 409 for a failure caused by a concurrent write; empty for any other failure. */
    static Optional<ProblemException> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case DUPLICATE_KEY:
                        return Optional.of(ProblemException.conflict("a record with the same key was stored at the "
                                + "same time; read it again and retry"));
                    case LOCK_WAIT_TIMEOUT, DEADLOCK:
                        return Optional.of(ProblemException.conflict("the resource was being changed by someone "
                                + "else at the same time; read it again and retry"));
                    default:
                        break;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean violates(Throwable failure, String key) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY
                    && String.valueOf(sql.getMessage()).contains("'" + key + "'")) {
                return true;
            }
        }
        return false;
    }
}
