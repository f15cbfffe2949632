package dev.portcullis.application.health;

import dev.portcullis.application.port.StorageHealth;

import java.util.LinkedHashMap;
import java.util.Map;

public final class CheckReadinessService implements CheckReadinessUseCase {

    private final StorageHealth storage;

    public CheckReadinessService(StorageHealth storage) {
        this.storage = storage;
    }

    @Override
    public Readiness check() {
        Map<String, String> problems = new LinkedHashMap<>();
        storage.problem().ifPresent(problem -> problems.put("database", problem));
        return new Readiness(problems);
    }
}
