/** The JDBC trust repository: plain JDBC over {@code trust_relationships}, the same SQL on H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.trust;
