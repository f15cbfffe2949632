package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Top-level settings.
 *
 * @param dataDir where the embedded default keeps its files (the H2 database, a generated system secret)
 * @param storage {@code jdbc} (H2 or PostgreSQL, per {@code datasources.default.*}) or {@code memory}
 */
@ConfigurationProperties("portcullis")
public record PortcullisProperties(@Bindable(defaultValue = "./data") String dataDir,
                                   @Bindable(defaultValue = "jdbc") String storage) {
}
