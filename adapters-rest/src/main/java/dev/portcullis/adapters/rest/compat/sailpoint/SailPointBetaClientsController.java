package dev.portcullis.adapters.rest.compat.sailpoint;

import dev.portcullis.adapters.rest.http.ApiTags;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;

/** SailPoint's OAuth clients API on its {@code beta} path. */
@Controller(SailPoint.BETA)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = SailPoint.ENABLED, notEquals = "false")
@SailPointRoute
@Tag(name = ApiTags.SAILPOINT)
final class SailPointBetaClientsController extends SailPointClientsRoutes {

    SailPointBetaClientsController(SailPointOAuthClients clients) {
        super(clients);
    }
}
