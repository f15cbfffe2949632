package dev.portcullis.application.archfixture;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/** Breaks the plain-Java core: an application type that depends on jakarta.inject. */
@Singleton
public class ApplicationUsingJakarta {
    private Provider<String> provider;
}
