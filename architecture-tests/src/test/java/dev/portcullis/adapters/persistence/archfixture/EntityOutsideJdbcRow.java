package dev.portcullis.adapters.persistence.archfixture;

import io.micronaut.data.annotation.MappedEntity;

/** Breaks the entity rule: a mapped entity outside adapters.persistence.jdbc. */
@MappedEntity("fixture_misplaced")
public class EntityOutsideJdbcRow {
}
