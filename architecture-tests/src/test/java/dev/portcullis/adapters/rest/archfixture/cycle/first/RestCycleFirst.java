package dev.portcullis.adapters.rest.archfixture.cycle.first;

import dev.portcullis.adapters.rest.archfixture.cycle.second.RestCycleSecond;

/** One half of a package cycle in the REST adapter. */
public class RestCycleFirst {
    private RestCycleSecond second;
}
