package dev.portcullis.application.key;

/** The server's published keys ({@code /.well-known/jwks.json}): those of the token-signing sets. */
public interface GetPublicKeysUseCase {

    PublicKeys get();
}
