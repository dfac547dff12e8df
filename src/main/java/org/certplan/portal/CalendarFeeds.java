package org.certplan.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.certplan.auditor.Auditor;
import org.certplan.client.Client;
import org.certplan.platform.problem.IfMatch;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.WriteConflicts;

/** Issues, rotates and checks the secret tokens of the calendar feeds. */
@ApplicationScoped
public class CalendarFeeds {

    /** A token this long or longer is not one of ours; checking it is not worth a hash. */
    static final int MAX_TOKEN_LENGTH = 100;

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    /**
     * A new token for the owner's feed. A feed that has one already gets a new token only when {@code ifMatch}
     * names its version (or is {@code *}), and the previous token stops working; so of concurrent requests exactly
     * one issues a token, the others get 409, and every token handed out works until someone replaces it knowingly.
     */
    @Transactional
    public CalendarTokenView issue(FeedOwner owner, String baseUri, String ifMatch) {
        requireExists(owner);
        Optional<IfMatch> precondition = IfMatch.parse(ifMatch);
        CalendarFeed feed = find(owner).map(current -> replaceable(current, precondition)).orElseGet(() -> {
            CalendarFeed created = new CalendarFeed();
            created.auditorId = owner.kind() == FeedOwner.Kind.AUDITOR ? owner.id() : null;
            created.clientId = owner.kind() == FeedOwner.Kind.CLIENT ? owner.id() : null;
            return created;
        });
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feed.tokenHash = hash(token);
        feed.issuedAt = clock.instant();
        WriteConflicts.guard(owner.uniqueKey(), () -> ProblemException.conflict("a token for this feed was issued "
                + "at the same time; that one works, or replace it with If-Match: *"), feed::persistAndFlush);
        String feedUrl = baseUri.replaceAll("/+$", "") + owner.feedPath() + "?token=" + token;
        return new CalendarTokenView(token, feedUrl, feed.issuedAt, feed.version);
    }

    private static CalendarFeed replaceable(CalendarFeed feed, Optional<IfMatch> precondition) {
        IfMatch wanted = precondition.orElseThrow(() -> ProblemException.conflict("the feed has a token already, "
                + "issued at " + feed.issuedAt + " (version " + feed.version + "); to replace it, send If-Match: \""
                + feed.version + "\" (or *)"));
        if (!wanted.any() && wanted.version() != feed.version) {
            throw ProblemException.staleVersion("the feed's token", wanted.version(), feed.version);
        }
        return feed;
    }

    /** Whether {@code token} is the owner's current feed token. */
    @Transactional
    public boolean accepts(FeedOwner owner, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        return find(owner).map(feed -> MessageDigest.isEqual(
                feed.tokenHash.getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII))).orElse(false);
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
