package dev.portcullis.adapters.persistence.jdbc.archfixture;

import io.micronaut.data.annotation.MappedEntity;

/** Breaks the entity rule: a mapped entity whose name does not end in Row. */
@MappedEntity("fixture_client")
public class ClientEntity {
}
