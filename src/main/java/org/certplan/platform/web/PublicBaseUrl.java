package org.certplan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where clients reach the service ({@code certplan.public-base-url}, e.g. {@code https://certplan.example-cb.com}),
 * for links handed out to be used elsewhere; without it the request's own base URI, which behind a proxy is only
 * right with {@code quarkus.http.proxy.*} set.
 */
@ApplicationScoped
public class PublicBaseUrl {

    private final Optional<String> configured;

    public PublicBaseUrl(@ConfigProperty(name = "certplan.public-base-url") Optional<String> configured) {
        this.configured = configured.map(String::strip).filter(url -> !url.isEmpty()).map(PublicBaseUrl::checked);
    }

    /** The base without a trailing slash; {@code path} starts with one. */
    public String link(UriInfo request, String path) {
        String base = configured.orElseGet(() -> request.getBaseUri().toString());
        return base.replaceAll("/+$", "") + path;
    }

    private static String checked(String url) {
        URI uri = URI.create(url);
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("certplan.public-base-url must be an absolute http(s) URL without "
                    + "query or fragment, such as https://certplan.example-cb.com, not " + url);
        }
        return url;
    }
}
