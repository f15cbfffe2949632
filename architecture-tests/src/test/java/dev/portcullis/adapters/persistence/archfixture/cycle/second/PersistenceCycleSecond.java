package dev.portcullis.adapters.persistence.archfixture.cycle.second;

import dev.portcullis.adapters.persistence.archfixture.cycle.first.PersistenceCycleFirst;

/** The other half of a package cycle in the persistence adapter. */
public class PersistenceCycleSecond {
    private PersistenceCycleFirst first;
}
