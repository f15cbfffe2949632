package dev.portcullis.domain.archfixture.cycle.first;

import dev.portcullis.domain.archfixture.cycle.second.DomainCycleSecond;

/** One half of a package cycle in the domain. */
public class DomainCycleFirst {
    private DomainCycleSecond second;
}
