package org.certplan.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.certplan.auditor.Auditor;
import org.certplan.client.Client;
import org.certplan.platform.problem.IfMatch;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.ProblemType;
import org.certplan.platform.problem.WriteConflicts;
import org.certplan.platform.web.PublicBaseUrl;

/** Issues, rotates and checks the secret tokens of the calendar feeds. */
@ApplicationScoped
public class CalendarFeeds {

    /** A token this long or longer is not one of ours; checking it is not worth a hash. */
    static final int MAX_TOKEN_LENGTH = 100;

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    CalendarSettings settings;

    @Inject
    PublicBaseUrl baseUrl;

    /**
     * A new token for the owner's feed, working for {@link CalendarSettings#tokenLifetime()}. A feed whose token
     * still works gets a new one only when {@code ifMatch} names its version (or is {@code *}), and the previous
     * token stops working; so of concurrent requests exactly one issues a token, the others get 409, and every token
     * handed out works until someone replaces it knowingly or it expires. An expired token is replaced without
     * {@code If-Match}; the feed's version still lets only one of concurrent requests do so.
     */
    @Transactional
    public CalendarTokenView issue(FeedOwner owner, UriInfo request, String ifMatch) {
        requireExists(owner);
        Optional<IfMatch> precondition = IfMatch.parse(ifMatch);
        Instant now = clock.instant();
        CalendarFeed feed = find(owner).map(current -> replaceable(current, precondition, now)).orElseGet(() -> {
            CalendarFeed created = new CalendarFeed();
            created.auditorId = owner.kind() == FeedOwner.Kind.AUDITOR ? owner.id() : null;
            created.clientId = owner.kind() == FeedOwner.Kind.CLIENT ? owner.id() : null;
            return created;
        });
        if (feed.tokenHash != null) {
            feed.replacedTokenHash = feed.tokenHash;
            feed.replacedAt = now;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feed.tokenHash = hash(token);
        feed.issuedAt = now;
        feed.expiresAt = now.plus(settings.tokenLifetime());
        WriteConflicts.guard(owner.uniqueKey(), () -> ProblemException.conflict("a token for this feed was issued "
                + "at the same time; that one works, or replace it with If-Match: *"), feed::persistAndFlush);
        String feedUrl = baseUrl.link(request, owner.feedPath() + "?token=" + token);
        return new CalendarTokenView(token, feedUrl, feed.issuedAt, feed.expiresAt, feed.version);
    }

    private static CalendarFeed replaceable(CalendarFeed feed, Optional<IfMatch> precondition, Instant now) {
        if (expired(feed, now) && precondition.isEmpty()) {
            return feed;
        }
        IfMatch wanted = precondition.orElseThrow(() -> ProblemException.conflict("the feed has a token already, "
                + "issued at " + feed.issuedAt + " (version " + feed.version + "); to replace it, send If-Match: \""
                + feed.version + "\" (or *)"));
        if (!wanted.any() && wanted.version() != feed.version) {
            throw ProblemException.staleVersion("the feed's token", wanted.version(), feed.version);
        }
        return feed;
    }

    /**
     * Passes when {@code token} is the owner's current, unexpired feed token. The token a rotation replaced and an
     * expired one answer 410 saying so and where to get a new one; any other token 404, as if the feed did not exist.
     */
    @Transactional
    public void open(FeedOwner owner, String token) {
        ProblemException unknown = ProblemException.notFound("calendar", owner.feedPath());
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw unknown;
        }
        CalendarFeed feed = find(owner).orElseThrow(() -> unknown);
        String presented = hash(token);
        if (same(feed.tokenHash, presented)) {
            if (expired(feed, clock.instant())) {
                throw new ProblemException(ProblemType.FEED_LINK_EXPIRED, "this calendar link expired on "
                        + feed.expiresAt + "; " + askForNew(owner));
            }
            return;
        }
        if (feed.replacedTokenHash != null && same(feed.replacedTokenHash, presented)) {
            throw new ProblemException(ProblemType.FEED_LINK_REPLACED, "this calendar link was replaced on "
                    + feed.replacedAt + "; " + askForNew(owner));
        }
        throw unknown;
    }

    private static String askForNew(FeedOwner owner) {
        return owner.kind() == FeedOwner.Kind.AUDITOR
                ? "ask for the new one: the auditor with POST /api/v1/auditors/" + owner.id() + "/calendar-token, "
                        + "or a planner"
                : "ask for the new one: the client in its portal (POST /api/v1/portal/calendar-token), or the "
                        + "certification body's planner";
    }

    private static boolean expired(CalendarFeed feed, Instant now) {
        return feed.expiresAt != null && !now.isBefore(feed.expiresAt);
    }

    private static boolean same(String storedHash, String presentedHash) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                presentedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<CalendarFeed> find(FeedOwner owner) {
        return owner.kind() == FeedOwner.Kind.AUDITOR
                ? CalendarFeed.find("auditorId", owner.id()).firstResultOptional()
                : CalendarFeed.find("clientId", owner.id()).firstResultOptional();
    }

    private static void requireExists(FeedOwner owner) {
        Optional<PanacheEntityBase> found = owner.kind() == FeedOwner.Kind.AUDITOR
                ? Auditor.findByIdOptional(owner.id()) : Client.findByIdOptional(owner.id());
        if (found.isEmpty()) {
            throw ProblemException.notFound(owner.kind() == FeedOwner.Kind.AUDITOR ? "auditor" : "client", owner.id());
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
