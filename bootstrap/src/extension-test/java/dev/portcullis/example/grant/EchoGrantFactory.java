package dev.portcullis.example.grant;

import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Registers the echo grant: the one piece of Micronaut a grant type from another jar needs. */
@Factory
public final class EchoGrantFactory {

    @Singleton
    GrantHandler echo(TokenIssuer tokens) {
        return new EchoGrantHandler(tokens);
    }
}
