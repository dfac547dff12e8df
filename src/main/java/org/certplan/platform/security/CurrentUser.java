package org.certplan.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Optional;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.text.Texts;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the roles of the verified token and, for a client or an auditor, whose data they may see.
 * Ownership checks answer 404, never 403, so that another client's or auditor's data does not leak its existence.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * Who the trail records as acting: the token's principal, never a name taken from the request alone; a different
     * person named in the request (a planner recording for a lead auditor) is kept beside it.
     */
    public String actor(String named) {
        String principal = name();
        String other = named == null ? "" : named.strip();
        return Texts.truncate(other.isEmpty() || other.equals(principal) ? principal
                : principal + " (for " + other + ")", 200);
    }

    /** A planner or an admin: sees every client and auditor. */
    public boolean isPlanner() {
        return identity.hasRole(Roles.PLANNER) || identity.hasRole(Roles.ADMIN);
    }

    /** The client a {@code client} token belongs to. */
    public Optional<Long> clientId() {
        return identity.hasRole(Roles.CLIENT) ? idClaim(Roles.CLIENT_ID_CLAIM) : Optional.empty();
    }

    /** The auditor an {@code auditor} token belongs to. */
    public Optional<Long> auditorId() {
        return identity.hasRole(Roles.AUDITOR) ? idClaim(Roles.AUDITOR_ID_CLAIM) : Optional.empty();
    }

    /** The client of a {@code client} token; a client token without a valid {@code client_id} sees nothing. */
    public long requireClient() {
        return clientId().orElseThrow(() -> ProblemException.notFound("client", "of this token"));
    }

    /** Passes for a planner and for the auditor themself; anyone else gets 404 as if the auditor did not exist. */
    public void requireAuditorOrPlanner(long auditorId) {
        if (!isPlanner() && !auditorId().filter(own -> own == auditorId).isPresent()) {
            throw ProblemException.notFound("auditor", auditorId);
        }
    }

    private Optional<Long> idClaim(String claim) {
        Object value = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(claim)
                : identity.getAttribute(claim);
        if (value instanceof JsonNumber number) {
            return Optional.of(number.longValue());
        }
        if (value instanceof Number number) {
            return Optional.of(number.longValue());
        }
        String text = value instanceof JsonString string ? string.getString() : value == null ? null : value.toString();
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
