/** The JDBC logout request repository: plain JDBC over {@code logout_requests}, the same SQL on H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.logout;
