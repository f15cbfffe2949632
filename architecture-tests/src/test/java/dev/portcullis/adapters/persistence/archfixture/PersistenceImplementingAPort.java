package dev.portcullis.adapters.persistence.archfixture;

import dev.portcullis.application.port.archfixture.FixturePage;
import dev.portcullis.application.port.archfixture.FixtureRepository;
import dev.portcullis.domain.archfixture.FixtureException;
import java.util.List;

/** Compliant: a persistence adapter implements a port over the records it exchanges and domain values. */
public class PersistenceImplementingAPort implements FixtureRepository {
    @Override
    public FixturePage page(int number) {
        if (number < 0) {
            throw new FixtureException("negative page");
        }
        return new FixturePage(number, List.of());
    }
}
