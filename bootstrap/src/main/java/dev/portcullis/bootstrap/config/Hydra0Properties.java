package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * ORY Hydra's early API ({@code portcullis.compat.hydra0.*}). Whether the surface is served at all is
 * {@code portcullis.compat.hydra0.enabled}, which its routes read themselves.
 *
 * @param consentUrl the early design's one consent app, which logs the user in and gives consent in one
 *                   answer; unset for ORY Hydra v2's separate login and consent apps
 */
@ConfigurationProperties("portcullis.compat.hydra0")
public record Hydra0Properties(@Nullable String consentUrl) {
}
