package dev.portcullis.adapters.rest.ops;

import dev.portcullis.adapters.rest.http.ApiTags;
import dev.portcullis.application.health.CheckReadinessUseCase;
import dev.portcullis.application.health.Readiness;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/** {@code /health/alive} answers while the process serves HTTP; {@code /health/ready} once storage is usable. */
@Controller("/health")
@Tag(name = ApiTags.OPERATIONS)
final class HealthController {

    /** Hydra's health body: {@code {"status":"ok"}}, or the reasons for not being ready. */
    @Serdeable
    record HealthBody(String status, Map<String, String> errors) {
    }

    private final CheckReadinessUseCase readiness;

    HealthController(CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Get("/alive")
    HealthBody alive() {
        return new HealthBody("ok", Map.of());
    }

    @Get("/ready")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<HealthBody> ready() {
        Readiness result = readiness.check();
        if (result.ready()) {
            return HttpResponse.ok(new HealthBody("ok", Map.of()));
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new HealthBody("unavailable", result.problems()));
    }
}
