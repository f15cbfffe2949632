package dev.portcullis.domain.archfixture.cycle.second;

import dev.portcullis.domain.archfixture.cycle.first.DomainCycleFirst;

/** The other half of a package cycle in the domain. */
public class DomainCycleSecond {
    private DomainCycleFirst first;
}
