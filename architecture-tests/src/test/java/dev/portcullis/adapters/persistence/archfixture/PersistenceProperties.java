package dev.portcullis.adapters.persistence.archfixture;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Binds configuration outside bootstrap: a configuration properties type in an adapter. */
@ConfigurationProperties("portcullis.storage")
public class PersistenceProperties {
}
