package org.certplan.rules;

import java.time.LocalDate;

/**
 * An auditor rule broken: the rule id of domain-rules.md, a sentence saying what is wrong, and the first day on
 * which the breach no longer applies (null when it does not lapse by itself or the day is not known).
 */
public record Breach(String rule, String sentence, LocalDate lapses) {

    public Breach(String rule, String sentence) {
        this(rule, sentence, null);
    }
}
