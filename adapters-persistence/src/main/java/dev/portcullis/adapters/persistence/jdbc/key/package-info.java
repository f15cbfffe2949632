/** The JDBC signing key repository: Micronaut Data rows and queries for H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.key;
