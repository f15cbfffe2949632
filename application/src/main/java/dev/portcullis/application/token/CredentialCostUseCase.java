package dev.portcullis.application.token;

/**
 * Whether checking a client's credentials will be slow, so that the HTTP layer can keep such a request off the
 * thread that serves every other connection. The answer costs a client lookup and one keyed hash.
 */
public interface CredentialCostUseCase {

    /**
     * Whether authenticating with {@code credentials} needs a slow hash: the client exists, uses this secret-based
     * method, has a slowly hashed (chosen) secret, and this secret was not verified lately.
     */
    boolean needsSlowHash(ClientCredentials credentials);
}
