package dev.portcullis.domain.archfixture;

import io.micronaut.http.HttpStatus;

/** Breaks the plain-Java core: a domain type that depends on Micronaut. */
public class DomainUsingMicronaut {
    private HttpStatus status;
}
