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
