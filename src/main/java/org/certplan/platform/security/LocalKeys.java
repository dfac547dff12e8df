package org.certplan.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * The key pair that signs local tokens when no identity provider is configured: an RSA pair kept as PEM files in
 * one directory ({@code $CERTPLAN_DATA_DIR/keys}), generated the first time it is needed.
 */
public final class LocalKeys {

    /** The issuer of tokens signed with the local key; {@code mp.jwt.verify.issuer} defaults to it. */
    public static final String ISSUER = "certplan-local";
    /** The audience of tokens signed with the local key; {@code mp.jwt.verify.audiences} defaults to it. */
    public static final String AUDIENCE = "certplan";

    /** Set by the launcher when the service verifies tokens with the local pair: the pair's directory. */
    public static final String DIRECTORY_PROPERTY = "certplan.local-keys.directory";

    static final String PUBLIC_KEY_FILE = "public.pem";
    static final String PRIVATE_KEY_FILE = "private.pem";

    private final Path directory;

    private LocalKeys(Path directory) {
        this.directory = directory;
    }

    /** The pair under {@code directory}, generated there if it does not exist yet. */
    public static LocalKeys ensure(Path directory) {
        LocalKeys keys = new LocalKeys(directory.toAbsolutePath());
        if (!Files.exists(keys.publicKeyFile()) || !Files.exists(keys.privateKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    /** The pair under {@code directory} if both its files are there; never generates one. */
    public static Optional<LocalKeys> existing(Path directory) {
        LocalKeys keys = new LocalKeys(directory.toAbsolutePath());
        return Files.exists(keys.publicKeyFile()) && Files.exists(keys.privateKeyFile())
                ? Optional.of(keys) : Optional.empty();
    }

    public Path directory() {
        return directory;
    }

    /** {@code SHA-256:} and the hex digest of the public key's DER encoding: which pair signs, without the key. */
    public String fingerprint() {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(publicKeyFile())
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").trim());
            return "SHA-256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKeyFile() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public PrivateKey privateKey() {
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privateKeyFile())
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key " + privateKeyFile(), e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path privateKey = privateKeyFile();
            Files.deleteIfExists(privateKey);
            Files.createFile(privateKey);
            restrictToOwner(privateKey);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the local key pair under " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
