package org.certplan.dataset;

/** The fewest and most audit days a year an auditor gives the CB (CAP-3 override). */
record DayRange(int fewest, int most) {

    int draw(Draw draw) {
        return draw.between(fewest, most);
    }

    double mean() {
        return (fewest + most) / 2.0;
    }
}
