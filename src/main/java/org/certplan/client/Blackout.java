package org.certplan.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A period in which no audit day of the client may fall (CYC-10). */
@Embeddable
public class Blackout {

    @Column(name = "from_date")
    public LocalDate from;

    @Column(name = "to_date")
    public LocalDate to;

    public String reason;

    public Blackout() {
    }

    public Blackout(LocalDate from, LocalDate to, String reason) {
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
