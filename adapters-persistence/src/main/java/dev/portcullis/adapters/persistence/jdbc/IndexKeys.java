package dev.portcullis.adapters.persistence.jdbc;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fixed-length keys for values too long, or too arbitrary, to index as they are: the SHA-256 of a tuple of
 * strings, in lower-case hex (64 characters). PostgreSQL refuses B-tree entries over about 2.7 kB and cannot store
 * U+0000 in text at all, while issuers, subjects, key ids and JWT ids are strings of any length and content; their
 * digest is a short ASCII key on H2 and PostgreSQL alike, and binding it never fails.
 *
 * <p>The encoding is injective: each part is its length and then its UTF-16 code units, unpaired surrogates
 * included (a charset encoder would replace those, and two different strings would share a key), and an absent
 * part is a length of -1, which no string has. So {@code ("ab", "c")}, {@code ("a", "bc")} and
 * {@code ("a", null)} all differ.
 */
public final class IndexKeys {

    private IndexKeys() {
    }

    /** The key of {@code parts}, in order; a null part stands for "none", distinct from every string. */
    public static String of(String... parts) {
        MessageDigest sha256 = sha256();
        for (String part : parts) {
            if (part == null) {
                sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
                continue;
            }
            ByteBuffer encoded = ByteBuffer.allocate(Integer.BYTES + Character.BYTES * part.length());
            encoded.putInt(part.length());
            for (int i = 0; i < part.length(); i++) {
                encoded.putChar(part.charAt(i));
            }
            sha256.update(encoded.array());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
