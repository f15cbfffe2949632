package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.application.trust.DeleteTrustService;
import dev.portcullis.application.trust.DeleteTrustUseCase;
import dev.portcullis.application.trust.GetTrustService;
import dev.portcullis.application.trust.GetTrustUseCase;
import dev.portcullis.application.trust.ListTrustsService;
import dev.portcullis.application.trust.ListTrustsUseCase;
import dev.portcullis.application.trust.RegisterTrustService;
import dev.portcullis.application.trust.RegisterTrustUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The trust relationships with other JWT issuers that the jwt-bearer grant rests on. */
@Factory
final class TrustFactory {

    @Singleton
    RegisterTrustUseCase registerTrust(TrustRepository trusts, ForeignJwts jwts, Randomness randomness, Clock clock) {
        return new RegisterTrustService(trusts, jwts, randomness, clock);
    }

    @Singleton
    GetTrustUseCase getTrust(TrustRepository trusts) {
        return new GetTrustService(trusts);
    }

    @Singleton
    ListTrustsUseCase listTrusts(TrustRepository trusts) {
        return new ListTrustsService(trusts);
    }

    @Singleton
    DeleteTrustUseCase deleteTrust(TrustRepository trusts) {
        return new DeleteTrustService(trusts);
    }
}
