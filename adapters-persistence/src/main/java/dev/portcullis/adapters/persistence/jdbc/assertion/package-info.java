/** The JDBC record of used JWT assertions: plain JDBC over {@code used_assertions}, the same SQL on H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.assertion;
