package org.certplan.client;

import java.time.LocalDate;

public record BlackoutView(LocalDate from, LocalDate to, String reason) {

    static BlackoutView of(Blackout blackout) {
        return new BlackoutView(blackout.from, blackout.to, blackout.reason);
    }
}
