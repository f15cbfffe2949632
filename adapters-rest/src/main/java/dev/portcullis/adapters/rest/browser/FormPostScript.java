package dev.portcullis.adapters.rest.browser;

/**
 * The one inline script of the {@code form_post} page, allowed by its hash in the page's Content Security
 * Policy so that no other script can run there.
 */
final class FormPostScript {

    /** Exactly the text between the page's {@code <script>} tags. */
    static final String SOURCE = "document.forms[0].submit();";
    /** Base64 of SHA-256 of {@link #SOURCE}; FormPostScriptSpec checks that they agree. */
    static final String HASH = "8lDeP0UDwCO6/RhblgeH/ctdBzjVpJxrXizsnIk3cEQ=";

    private FormPostScript() {
    }
}
