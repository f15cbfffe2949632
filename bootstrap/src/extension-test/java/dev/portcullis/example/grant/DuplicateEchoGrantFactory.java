package dev.portcullis.example.grant;

import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A second handler for the echo grant, registered only when a spec asks, to show that start-up refuses it. */
@Factory
public final class DuplicateEchoGrantFactory {

    @Singleton
    @Requires(property = "example.echo.register-twice", value = "true")
    GrantHandler secondEcho(TokenIssuer tokens) {
        return new EchoGrantHandler(tokens);
    }
}
