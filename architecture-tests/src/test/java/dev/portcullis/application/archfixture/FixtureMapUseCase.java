package dev.portcullis.application.archfixture;

import java.util.Map;

/** Breaks the typed core: a use case that returns a JSON object. */
public interface FixtureMapUseCase {
    Map<String, Object> claims(String subject);
}
