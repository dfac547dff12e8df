package org.certplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make token signs only with the pair the service on its port verifies with, and says which data directory. */
class TokenKeyCheckTest {

    @TempDir
    Path tmp;

    private HttpServer service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(0);
        }
    }

    @Test
    void withoutAServiceTheDataDirectorysPairIsUsedAndNoneIsGenerated() throws IOException {
        LocalKeys.ensure(tmp.resolve("run/keys"));
        int nobody = freePort();

        assertThat(new TokenKeyCheck(nobody).keysFor(tmp.resolve("run")).directory())
                .isEqualTo(tmp.resolve("run/keys"));
        assertThatThrownBy(() -> new TokenKeyCheck(nobody).keysFor(tmp.resolve("other")))
                .hasMessageContaining("No key pair under " + tmp.resolve("other/keys"))
                .hasMessageContaining("no certplan service answers on localhost:" + nobody);
        assertThat(tmp.resolve("other")).doesNotExist();
    }

    @Test
    void anotherDataDirectoryThanTheRunningServicesIsRefusedNamingTheServicesOne() throws IOException {
        LocalKeys used = LocalKeys.ensure(tmp.resolve("service/keys"));
        LocalKeys.ensure(tmp.resolve("stale/keys"));
        int port = serve("{\"checks\":[{\"name\":\"Token verification key\",\"status\":\"UP\",\"data\":{\"key\":"
                + "\"local\",\"directory\":\"" + used.directory() + "\",\"fingerprint\":\"" + used.fingerprint()
                + "\"}}]}");

        assertThat(new TokenKeyCheck(port).keysFor(tmp.resolve("service")).fingerprint()).isEqualTo(used.fingerprint());
        assertThatThrownBy(() -> new TokenKeyCheck(port).keysFor(tmp.resolve("stale")))
                .hasMessageContaining("The key pair under " + tmp.resolve("stale/keys") + " is not the one")
                .hasMessageContaining("CERTPLAN_DATA_DIR=" + tmp.resolve("service") + " QUARKUS_HTTP_PORT=" + port);
        assertThatThrownBy(() -> new TokenKeyCheck(port).keysFor(tmp.resolve("empty")))
                .hasMessageContaining("No key pair under " + tmp.resolve("empty/keys") + ", and the service on");
    }

    @Test
    void aServiceThatVerifiesItsIdentityProvidersTokensIsNamed() throws IOException {
        LocalKeys.ensure(tmp.resolve("run/keys"));
        int port = serve("{\"checks\":[{\"name\":\"Token verification key\",\"data\":{\"key\":\"configured\"}}]}");

        assertThatThrownBy(() -> new TokenKeyCheck(port).keysFor(tmp.resolve("run")))
                .hasMessageContaining("verifies the tokens of its identity provider");
    }

    private int serve(String health) throws IOException {
        service = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        service.createContext("/q/health", exchange -> {
            byte[] body = health.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
        return service.getAddress().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
