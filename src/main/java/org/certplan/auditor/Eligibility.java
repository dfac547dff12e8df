package org.certplan.auditor;

import java.util.List;

/** Whether an auditor may take an engagement, and every reason against it. */
public record Eligibility(boolean eligible, List<Reason> reasons) {

    public static Eligibility of(List<Reason> reasons) {
        return new Eligibility(reasons.stream().noneMatch(Reason::rulesOut), List.copyOf(reasons));
    }
}
