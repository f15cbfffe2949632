package dev.portcullis.application.grant

import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.token.TokenType

/** A grant handler for specs: answers with an access token naming its grant type and keeps what it was asked. */
class EchoGrantHandler implements GrantHandler {

    final GrantType grantType
    final List<List<Object>> calls = []

    EchoGrantHandler(String grantType) {
        this.grantType = new GrantType(grantType)
    }

    GrantType grantType() {
        grantType
    }

    TokenResponse handle(TokenRequest request, AuthenticatedClient client) {
        calls << [request, client]
        new TokenResponse('from-' + grantType.value(), TokenType.BEARER, 60, Scopes.NONE, Optional.empty(), Optional.empty(),
                JsonDocument.EMPTY)
    }
}
