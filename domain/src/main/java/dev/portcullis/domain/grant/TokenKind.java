package dev.portcullis.domain.grant;

/** The kinds of token this server issues; closed because the protocols define exactly these. */
public enum TokenKind {
    ACCESS_TOKEN("access_token"),
    REFRESH_TOKEN("refresh_token"),
    ID_TOKEN("id_token");

    private final String wireName;

    TokenKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
