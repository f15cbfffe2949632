package dev.portcullis.domain.client;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.util.regex.Pattern;

/**
 * A subject a confidential client is registered to act for in the client credentials grant, such as Box's
 * {@code box_subject_type=enterprise} with {@code box_subject_id=12345}.
 *
 * @param type what kind of subject: 1 to {@value #MAX_TYPE_LENGTH} characters {@code a-z}, {@code 0-9} and
 *             {@code _}, starting with a letter
 * @param id   which one: 1 to {@value #MAX_ID_LENGTH} printable ASCII characters without space
 */
public record ActingSubject(String type, String id) {

    public static final int MAX_TYPE_LENGTH = 64;
    public static final int MAX_ID_LENGTH = 255;

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*");

    public ActingSubject {
        if (!isType(type)) {
            throw new IllegalArgumentException("a subject type is 1 to 64 characters a-z, 0-9 and _, starting with a letter");
        }
        if (!isId(id)) {
            throw new IllegalArgumentException("a subject id is 1 to 255 printable ASCII characters without space");
        }
    }

    /**
     * A subject from untrusted input.
     *
     * @param field the member the subject came from, named in the error
     * @throws OAuthException {@code invalid_client_metadata}, naming {@code field}, for a malformed type or id
     */
    public static ActingSubject of(String type, String id, String field) {
        if (!isType(type)) {
            throw new OAuthException(ErrorCode.INVALID_CLIENT_METADATA, field + " holds a subject type that is not 1 to "
                    + MAX_TYPE_LENGTH + " characters a-z, 0-9 and _, starting with a letter");
        }
        if (!isId(id)) {
            throw new OAuthException(ErrorCode.INVALID_CLIENT_METADATA, field + " holds a subject id that is not 1 to "
                    + MAX_ID_LENGTH + " printable ASCII characters without space");
        }
        return new ActingSubject(type, id);
    }

    private static boolean isType(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_TYPE_LENGTH && TYPE.matcher(value).matches();
    }

    private static boolean isId(String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_ID_LENGTH
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
