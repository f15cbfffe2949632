package dev.portcullis.domain.text;

/**
 * Character-class checks for identifiers that are validated on every request. A loop over the characters
 * does what a one-class regular expression such as {@code [A-Za-z0-9_-]{16,128}} does, without a matcher
 * per call.
 */
public final class Characters {

    private Characters() {
    }

    /** Whether {@code text} is {@code min} to {@code max} characters of the base64url alphabet (RFC 4648 §5). */
    public static boolean isBase64Url(String text, int min, int max) {
        return text != null && text.length() >= min && text.length() <= max && allOf(text, "_-");
    }

    /**
     * Whether {@code text} is {@code min} to {@code max} characters, each an ASCII letter or digit or one of
     * {@code others}.
     */
    public static boolean isAlphanumericOr(String text, String others, int min, int max) {
        return text != null && text.length() >= min && text.length() <= max && allOf(text, others);
    }

    /**
     * Whether {@code text} holds a control character (U+0000 to U+001F, or U+007F). Identifiers such as subjects and
     * session ids never do, and PostgreSQL cannot store U+0000 in text at all.
     */
    public static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOf(String text, String others) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alphanumeric && others.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
