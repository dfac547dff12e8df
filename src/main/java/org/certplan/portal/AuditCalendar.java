package org.certplan.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;
import org.certplan.audit.TeamSeats;
import org.certplan.auditor.Auditor;
import org.certplan.client.Client;
import org.certplan.client.ClientSite;

/**
 * The iCalendar (RFC 5545) feeds: one all-day event per dated audit, but none for an open audit whose team is not
 * whole (COMP-7): it is not planned, whatever date it holds. An event's UID is the audit's, and its
 * SEQUENCE the audit's version, so a moved audit updates the entry a calendar already holds; a cancelled audit
 * stays in the feed as STATUS:CANCELLED so that calendars drop it.
 */
@ApplicationScoped
public class AuditCalendar {

    static final String PRODUCT = "-//certplan//Audit programme//EN";
    /** Audits that ended longer ago than this are left out of the feeds. */
    static final int PAST_DAYS = 400;
    /** Upper bound on the events of one feed. */
    static final int MAX_EVENTS = 2_000;

    private static final List<AuditStatus> DATED = List.of(AuditStatus.PLANNED, AuditStatus.CONFIRMED,
            AuditStatus.COMPLETED, AuditStatus.CANCELLED);

    @Inject
    Clock clock;

    @Inject
    TeamSeats seats;

    /** The auditor's assignments, with the client, the place and their role. */
    @Transactional
    public String auditorFeed(long auditorId) {
        Auditor auditor = Auditor.findById(auditorId);
        List<Audit> audits = Audit.<Audit>find("""
                        id in (select m.auditId from TeamMember m where m.auditorId = ?1)
                        and startDate is not null and status in ?2 and coalesce(endDate, startDate) >= ?3
                        order by startDate, id""", auditorId, DATED, LocalDate.now(clock).minusDays(PAST_DAYS))
                .range(0, MAX_EVENTS - 1).list();
        Map<Long, List<TeamMember>> teams = teams(audits);
        audits = held(audits, teams);
        List<Long> clientIds = audits.stream().map(a -> a.clientId).distinct().toList();
        Map<Long, Client> clients = clientIds.isEmpty() ? Map.of()
                : byId(Client.<Client>list("id in ?1", clientIds), c -> c.id);
        Map<Long, String> names = auditorNames(teams.values().stream().flatMap(List::stream).toList());
        Calendar calendar = calendar("certplan: audits of " + auditor.name);
        for (Audit audit : audits) {
            Client client = clients.get(audit.clientId);
            List<TeamMember> team = teams.getOrDefault(audit.id, List.of());
            String role = team.stream().filter(m -> Long.valueOf(auditorId).equals(m.auditorId))
                    .map(m -> m.role.name()).findFirst().orElse("");
            VEvent event = event(audit, AuditLabels.of(audit.type) + ": " + client.name);
            event.add(new Location(place(client)));
            event.add(new Description("Role: " + role + "\nTeam: " + team.stream()
                    .map(m -> names.getOrDefault(m.auditorId, "?") + " (" + m.role + ")")
                    .collect(Collectors.joining(", ")) + "\nAuditor-days: " + audit.auditorDays
                    + (audit.remote ? "\nRemote audit" : "")));
            calendar.add(event);
        }
        return write(calendar);
    }

    /** The client's audits: tentative while planned, confirmed once agreed, with the lead auditor's name. */
    @Transactional
    public String clientFeed(long clientId) {
        Client client = Client.findById(clientId);
        List<Audit> audits = Audit.<Audit>find("""
                        clientId = ?1 and startDate is not null and status in ?2 and coalesce(endDate, startDate) >= ?3
                        order by startDate, id""", clientId, DATED, LocalDate.now(clock).minusDays(PAST_DAYS))
                .range(0, MAX_EVENTS - 1).list();
        Map<Long, List<TeamMember>> teams = teams(audits);
        audits = held(audits, teams);
        Map<Long, String> names = auditorNames(teams.values().stream().flatMap(List::stream)
                .filter(m -> m.role == TeamRole.LEAD).toList());
        Calendar calendar = calendar("certplan: audits of " + client.name);
        for (Audit audit : audits) {
            VEvent event = event(audit, AuditLabels.of(audit.type) + " (" + client.name + ")");
            String lead = teams.getOrDefault(audit.id, List.of()).stream().filter(m -> m.role == TeamRole.LEAD)
                    .map(m -> names.get(m.auditorId)).filter(n -> n != null).findFirst().orElse(null);
            event.add(new Description(AuditLabels.of(audit.type) + ", " + DateStatus.of(audit.status).name()
                    .toLowerCase().replace('_', ' ') + (lead == null ? "" : "\nLead auditor: " + lead)
                    + "\nAuditor-days: " + audit.auditorDays + (audit.remote ? "\nRemote audit" : "")));
            calendar.add(event);
        }
        return write(calendar);
    }

    /** The audits that are held, will be or were: all but the open ones without a whole team. */
    private List<Audit> held(List<Audit> audits, Map<Long, List<TeamMember>> teams) {
        return audits.stream().filter(a -> (a.status != AuditStatus.PLANNED && a.status != AuditStatus.CONFIRMED)
                || seats.whole(a.onsiteDays, TeamSeats.roles(teams.getOrDefault(a.id, List.of())))).toList();
    }

    private static Calendar calendar(String name) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return calendar;
    }

    private static VEvent event(Audit audit, String summary) {
        LocalDate end = audit.endDate == null ? audit.startDate : audit.endDate;
        // all-day events: DTEND is the day after the last audit day (RFC 5545 §3.6.1)
        VEvent event = new VEvent(false);
        event.add(new DtStamp(audit.updatedAt));
        event.add(new DtStart<>(audit.startDate));
        event.add(new DtEnd<>(end.plusDays(1)));
        event.add(new Summary(summary));
        event.add(new Uid(uid(audit.id)));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, audit.version)));
        event.add(new LastModified(audit.updatedAt));
        event.add(status(audit.status));
        return event;
    }

    static String uid(long auditId) {
        return "audit-" + auditId + "@certplan";
    }

    private static Status status(AuditStatus status) {
        return switch (status) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }

    private static String place(Client client) {
        return client.sites.stream().filter(s -> s.central).findFirst()
                .or(() -> client.sites.stream().findFirst())
                .map(AuditCalendar::place).orElse(client.name);
    }

    private static String place(ClientSite site) {
        return site.name + ", " + site.city + ", " + site.countryCode;
    }

    private static Map<Long, List<TeamMember>> teams(List<Audit> audits) {
        if (audits.isEmpty()) {
            return Map.of();
        }
        return TeamMember.<TeamMember>list("auditId in ?1 order by id", audits.stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(m -> m.auditId));
    }

    private static Map<Long, String> auditorNames(Collection<TeamMember> members) {
        List<Long> ids = members.stream().map(m -> m.auditorId).filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Auditor.<Auditor>list("id in ?1", ids).stream().collect(Collectors.toMap(a -> a.id, a -> a.name));
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar feed is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
