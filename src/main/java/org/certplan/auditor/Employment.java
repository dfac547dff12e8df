package org.certplan.auditor;

public enum Employment {
    INTERNAL, CONTRACTOR
}
