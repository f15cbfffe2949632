package dev.portcullis.application.port.archfixture;

import java.util.Map;
import java.util.Optional;

/** Breaks the typed core: a port that hands out JSON objects, nested in a type argument. */
public interface FixtureClaimsRepository {
    Optional<Map<String, Object>> find(String id);
}
