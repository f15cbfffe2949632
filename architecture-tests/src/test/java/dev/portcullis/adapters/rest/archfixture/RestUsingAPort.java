package dev.portcullis.adapters.rest.archfixture;

import dev.portcullis.application.port.archfixture.FixtureRepository;

/** Breaks the use-case boundary: reaches into an outbound port. */
public class RestUsingAPort {
    private FixtureRepository repository;
}
