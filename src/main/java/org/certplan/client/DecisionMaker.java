package org.certplan.client;

/**
 * Who takes a certification decision: {@code actor} as the trail records it; IMP-4 is checked against the person
 * known by {@code identity} (name or e-mail) and, when the decision is recorded for a person record, that auditor.
 */
public record DecisionMaker(String actor, String identity, Long auditorId) {

    /** A decision replayed from a dataset, recorded under the name it carries. */
    public static DecisionMaker named(String name) {
        return new DecisionMaker(name, name, null);
    }
}
