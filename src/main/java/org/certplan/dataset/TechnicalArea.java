package org.certplan.dataset;

import java.util.List;

/** An IAF sector code with how often it occurs in scopes; scarce codes are held by few auditors. */
record TechnicalArea(String code, double weight, boolean scarce) {

    static final List<TechnicalArea> ALL = List.of(
            new TechnicalArea("33", 40, false), new TechnicalArea("35", 14, false),
            new TechnicalArea("32", 10, false), new TechnicalArea("34", 8, false),
            new TechnicalArea("19", 6, false), new TechnicalArea("31", 6, false),
            new TechnicalArea("29", 5, false), new TechnicalArea("37", 4, false),
            new TechnicalArea("38", 4, false), new TechnicalArea("36", 3, false),
            new TechnicalArea("28", 3, false), new TechnicalArea("17", 2, false),
            new TechnicalArea("18", 3, false), new TechnicalArea("22", 2, false),
            new TechnicalArea("9", 1.5, false), new TechnicalArea("12", 1.5, false),
            new TechnicalArea("14", 1.5, false), new TechnicalArea("30", 1.5, false),
            new TechnicalArea("39", 2, false), new TechnicalArea("27", 1, false),
            new TechnicalArea("7", 1, false), new TechnicalArea("11", 0.3, true),
            new TechnicalArea("13", 0.6, true), new TechnicalArea("21", 0.5, true),
            new TechnicalArea("25", 0.5, true), new TechnicalArea("26", 0.6, true));
}
