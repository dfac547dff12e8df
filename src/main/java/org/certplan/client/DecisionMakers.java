package org.certplan.client;

import jakarta.enterprise.context.ApplicationScoped;

/** IMP-4: whether the person taking a certification decision took part in an audit of that cycle. */
@ApplicationScoped
public class DecisionMakers {

    public boolean auditedCycle(Certification certification, String person) {
        return false;
    }
}
