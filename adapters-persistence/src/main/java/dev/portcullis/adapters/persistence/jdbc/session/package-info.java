/** The JDBC login session repository: plain JDBC over {@code login_sessions}, the same SQL on H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.session;
