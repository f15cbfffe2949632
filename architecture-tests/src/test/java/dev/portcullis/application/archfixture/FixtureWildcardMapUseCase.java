package dev.portcullis.application.archfixture;

import java.util.List;
import java.util.Map;

/** Breaks the typed core: a use case class that takes JSON objects, nested and behind a wildcard. */
public class FixtureWildcardMapUseCase {
    public void remember(String subject, List<Map<String, ?>> events) {
    }
}
