package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code portcullis.secrets.system}: the secret from which the server derives its own keys (the pepper of
 * client secret hashes, later the encryption key of private keys). When unset, one is generated into the
 * data folder with a warning, which suits the embedded default and nothing else.
 */
@ConfigurationProperties("portcullis.secrets")
public record SecretsProperties(@Nullable String system) {
}
