package org.certplan.dataset;

import java.util.List;

/** A head-count band of the AT-1 table, and how common clients of that size are among a CB's clients. */
record Band(int from, int to, double weight) {

    static final List<Band> AT_1 = List.of(
            new Band(1, 10, 30), new Band(11, 15, 18), new Band(16, 25, 16), new Band(26, 45, 14),
            new Band(46, 65, 10), new Band(66, 85, 8), new Band(86, 125, 8), new Band(126, 175, 6),
            new Band(176, 275, 6), new Band(276, 425, 5), new Band(426, 625, 4), new Band(626, 875, 3),
            new Band(876, 1175, 2.5), new Band(1176, 1550, 2), new Band(1551, 2025, 1.5), new Band(2026, 2675, 1.2),
            new Band(2676, 3450, 1), new Band(3451, 4350, 0.8), new Band(4351, 5450, 0.6), new Band(5451, 6800, 0.5),
            new Band(6801, 8500, 0.4), new Band(8501, 10700, 0.3), new Band(10701, 40000, 0.25));

    boolean contains(int persons) {
        return persons >= from && persons <= to;
    }

    static int indexOf(int persons) {
        for (int i = 0; i < AT_1.size(); i++) {
            if (AT_1.get(i).contains(persons)) {
                return i;
            }
        }
        return AT_1.size() - 1;
    }
}
