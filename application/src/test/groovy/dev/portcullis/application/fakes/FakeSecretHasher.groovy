package dev.portcullis.application.fakes

import dev.portcullis.application.port.SecretHasher
import dev.portcullis.domain.client.ClientSecret
import dev.portcullis.domain.client.HashedSecret

/** Reversible on purpose, so specs can see which secret a hash stands for; never used outside tests. */
class FakeSecretHasher implements SecretHasher {

    HashedSecret hash(ClientSecret secret) {
        new HashedSecret((secret.generated() ? 'fake-generated:' : 'fake-chosen:') + secret.value())
    }

    boolean verify(String presented, HashedSecret stored) {
        stored.encoded().endsWith(':' + presented)
    }
}
