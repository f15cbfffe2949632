package dev.portcullis.application.fakes

import dev.portcullis.application.port.SecretHasher
import dev.portcullis.domain.client.ClientSecret
import dev.portcullis.domain.client.HashedSecret

/** Reversible on purpose, so specs can see which secret a hash stands for; never used outside tests. */
class FakeSecretHasher implements SecretHasher {

    /** Whether chosen secrets count as slowly hashed, as PBKDF2 ones are; off, so that specs need not wait. */
    boolean chosenAreSlow = false

    HashedSecret hash(ClientSecret secret) {
        new HashedSecret((secret.generated() ? 'fake-generated:' : 'fake-chosen:') + secret.value())
    }

    boolean verify(String presented, HashedSecret stored) {
        stored.encoded().endsWith(':' + presented)
    }

    boolean isSlow(HashedSecret stored) {
        chosenAreSlow && stored.encoded().startsWith('fake-chosen:')
    }
}
