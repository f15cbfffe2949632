package dev.portcullis.adapters.rest.archfixture.cycle.second;

import dev.portcullis.adapters.rest.archfixture.cycle.first.RestCycleFirst;

/** The other half of a package cycle in the REST adapter. */
public class RestCycleSecond {
    private RestCycleFirst first;
}
