/** The JDBC authorization flow repository: plain JDBC over {@code flows}, the same SQL on H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.flow;
