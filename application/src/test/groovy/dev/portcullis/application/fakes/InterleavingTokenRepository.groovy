package dev.portcullis.application.fakes

import dev.portcullis.application.port.TokenRepository
import dev.portcullis.domain.token.TokenRecord
import dev.portcullis.domain.token.TokenSignature

/**
 * A {@link TokenRepository} over another that lets a spec interleave a concurrent request: a closure given to
 * {@link #beforeNextAdd} or {@link #beforeNextRevoke} runs once, just before the next such call reaches the
 * repository, as if another request had got in just then.
 */
class InterleavingTokenRepository implements TokenRepository {

    @Delegate
    private final TokenRepository tokens
    private Closure<?> beforeAdd
    private Closure<?> beforeRevoke

    InterleavingTokenRepository(TokenRepository tokens) {
        this.tokens = tokens
    }

    void beforeNextAdd(Closure<?> interleaved) {
        beforeAdd = interleaved
    }

    void beforeNextRevoke(Closure<?> interleaved) {
        beforeRevoke = interleaved
    }

    boolean add(TokenRecord token) {
        def interleaved = beforeAdd
        beforeAdd = null
        interleaved?.call()
        tokens.add(token)
    }

    boolean revoke(TokenSignature signature) {
        def interleaved = beforeRevoke
        beforeRevoke = null
        interleaved?.call()
        tokens.revoke(signature)
    }
}
