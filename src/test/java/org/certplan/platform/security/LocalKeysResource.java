package org.certplan.platform.security;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every {@code @QuarkusTest} verifies tokens against a local key pair, created the way the launcher creates it at
 * first start; {@link org.certplan.support.Tokens} signs with the same pair.
 */
@QuarkusTestResource(value = LocalKeysResource.class, restrictToAnnotatedClass = false)
public class LocalKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DIRECTORY = Path.of("target", "test-keys");

    @Override
    public Map<String, String> start() {
        LocalKeys keys = LocalKeys.ensure(DIRECTORY);
        return Map.of("mp.jwt.verify.publickey.location", keys.publicKeyFile().toString());
    }

    @Override
    public void stop() {
    }
}
