package org.certplan.dataset;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.certplan.client.DecisionRequest;
import org.certplan.client.StatusChangeRequest;

/** One step of a certification's replay log; exactly one of its members is present. */
public record DatasetStep(
        @Valid AuditCompletion complete,
        @Valid DecisionRequest decide,
        @Valid MajorsClosure closeMajors,
        @Valid StatusChangeRequest suspend,
        @Valid StatusChangeRequest withdraw,
        @Valid StatusChangeRequest restore) {

    /** The order of a replay log: by day; on one day audits, then closures, decisions and status changes. */
    public static final Comparator<DatasetStep> ORDER = Comparator.comparing(DatasetStep::date)
            .thenComparingInt(DatasetStep::rank)
            .thenComparing(s -> s.complete == null ? null : s.complete.startDate(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(s -> s.complete == null ? null : s.complete.auditType(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    public static DatasetStep complete(AuditCompletion completion) {
        return new DatasetStep(completion, null, null, null, null, null);
    }

    public static DatasetStep decide(DecisionRequest decision) {
        return new DatasetStep(null, decision, null, null, null, null);
    }

    public static DatasetStep closeMajors(MajorsClosure closure) {
        return new DatasetStep(null, null, closure, null, null, null);
    }

    public static DatasetStep suspend(StatusChangeRequest change) {
        return new DatasetStep(null, null, null, change, null, null);
    }

    public static DatasetStep withdraw(StatusChangeRequest change) {
        return new DatasetStep(null, null, null, null, change, null);
    }

    public static DatasetStep restore(StatusChangeRequest change) {
        return new DatasetStep(null, null, null, null, null, change);
    }

    long members() {
        return Stream.of(complete, decide, closeMajors, suspend, withdraw, restore).filter(m -> m != null).count();
    }

    /** The day the step happened. */
    LocalDate date() {
        if (complete != null) {
            return complete.endDate();
        }
        if (decide != null) {
            return decide.date();
        }
        if (closeMajors != null) {
            return closeMajors.verifiedOn();
        }
        StatusChangeRequest change = suspend != null ? suspend : withdraw != null ? withdraw : restore;
        return change.date();
    }

    /** Among steps of the same day: audits first, then closures, decisions and status changes. */
    int rank() {
        if (complete != null) {
            return 0;
        }
        if (closeMajors != null) {
            return 1;
        }
        if (decide != null) {
            return 2;
        }
        return suspend != null ? 3 : restore != null ? 4 : 5;
    }

    String describe() {
        if (complete != null) {
            return "complete " + complete.auditType() + " of cycle " + complete.cycle() + " ending " + complete.endDate();
        }
        if (decide != null) {
            return "decide on " + decide.date();
        }
        if (closeMajors != null) {
            return "closeMajors at " + closeMajors.auditType() + " on " + closeMajors.verifiedOn();
        }
        String kind = suspend != null ? "suspend" : withdraw != null ? "withdraw" : "restore";
        return kind + " on " + date();
    }
}
