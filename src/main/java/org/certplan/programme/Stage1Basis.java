package org.certplan.programme;

/** AT-4 for a multi-site client: which time the stage 1 share is taken of. */
public enum Stage1Basis {
    /** Stage 1 visits the central function and takes the AT-4 share of the central function's time. */
    CENTRAL_FUNCTION,
    /** Stage 1 takes the AT-4 share of the whole initial time, as for a single site. */
    INITIAL_TIME
}
