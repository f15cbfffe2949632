package dev.portcullis.application.userinfo;

/** The userinfo endpoint: the claims about the user an access token may read. */
public interface GetUserinfoUseCase {

    /**
     * {@code sub} and the claims the consent app granted in {@code session.id_token}.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_token} for a token that is not an active
     *         access token of a user, {@code insufficient_scope} without the {@code openid} scope
     */
    Userinfo userinfo(String accessToken);
}
