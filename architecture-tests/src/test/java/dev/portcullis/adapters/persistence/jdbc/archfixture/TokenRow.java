package dev.portcullis.adapters.persistence.jdbc.archfixture;

import io.micronaut.data.annotation.MappedEntity;

/** Compliant as an entity; used outside its package by other fixtures. */
@MappedEntity("fixture_token")
public class TokenRow {
}
