package dev.portcullis.adapters.rest

import dev.portcullis.application.key.EnsureSigningKeysUseCase
import io.micronaut.context.event.StartupEvent
import io.micronaut.runtime.event.annotation.EventListener
import jakarta.inject.Singleton

/** What bootstrap's start-up tasks do for keys: the token-signing sets get a key before requests arrive. */
@Singleton
class SigningKeysOnStartup {

    private final EnsureSigningKeysUseCase signingKeys

    SigningKeysOnStartup(EnsureSigningKeysUseCase signingKeys) {
        this.signingKeys = signingKeys
    }

    @EventListener
    void onStartup(StartupEvent event) {
        signingKeys.ensure()
    }
}
