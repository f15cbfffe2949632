/** The JDBC token repository: Micronaut Data rows and queries for H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.token;
