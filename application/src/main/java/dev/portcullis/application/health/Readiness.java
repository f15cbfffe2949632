package dev.portcullis.application.health;

import java.util.Map;

/**
 * Whether the node is ready, and if not, why: one entry per dependency that is not, with a reason safe
 * to show an operator.
 */
public record Readiness(Map<String, String> problems) {

    public Readiness {
        problems = Map.copyOf(problems);
    }

    public boolean ready() {
        return problems.isEmpty();
    }
}
