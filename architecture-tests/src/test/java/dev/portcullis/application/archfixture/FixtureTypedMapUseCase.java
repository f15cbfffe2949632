package dev.portcullis.application.archfixture;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compliant: maps with typed values, and a JSON object kept out of the public methods. */
public class FixtureTypedMapUseCase {
    public Map<String, String> labels() {
        return Map.of();
    }

    public Optional<Map<String, List<String>>> audiences(Map<String, Integer> lifespans) {
        return Optional.empty();
    }

    Map<String, Object> document() {
        return Map.of();
    }
}
