package dev.portcullis.bootstrap.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** The system secret, and the independent keys derived from it, one per purpose. */
public final class SystemSecret {

    static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SystemSecret.class);

    private final byte[] secret;

    private SystemSecret(byte[] secret) {
        this.secret = secret.clone();
    }

    /**
     * The configured secret, or the one in {@code <dataDir>/system-secret}, generated there on first start.
     *
     * @throws IllegalStateException when a configured secret is shorter than {@value #MIN_LENGTH} characters
     */
    public static SystemSecret resolve(SecretsProperties properties, PortcullisProperties portcullis) {
        if (properties.system() != null && !properties.system().isBlank()) {
            if (properties.system().length() < MIN_LENGTH) {
                throw new IllegalStateException("portcullis.secrets.system must have at least " + MIN_LENGTH + " characters");
            }
            return new SystemSecret(properties.system().getBytes(StandardCharsets.UTF_8));
        }
        return new SystemSecret(fromFile(Path.of(portcullis.dataDir(), "system-secret")));
    }

    /** A 256-bit key for one purpose; different purposes give unrelated keys (HMAC-SHA256 as a PRF). */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("portcullis:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.write(file, Base64.getEncoder().encode(random), StandardOpenOption.CREATE_NEW);
                    restrictToOwner(file);
                    LOG.warn("portcullis.secrets.system is not set: generated one into {}. Set it explicitly for "
                            + "anything but a laptop, and keep it: without it stored secrets cannot be checked.", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another node of the same data folder wrote it first; use theirs
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim().getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the system secret at " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }

    @Override
    public String toString() {
        return "SystemSecret[***]";
    }
}
