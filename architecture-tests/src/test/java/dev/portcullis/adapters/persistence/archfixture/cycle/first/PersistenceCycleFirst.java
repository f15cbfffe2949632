package dev.portcullis.adapters.persistence.archfixture.cycle.first;

import dev.portcullis.adapters.persistence.archfixture.cycle.second.PersistenceCycleSecond;

/** One half of a package cycle in the persistence adapter. */
public class PersistenceCycleFirst {
    private PersistenceCycleSecond second;
}
