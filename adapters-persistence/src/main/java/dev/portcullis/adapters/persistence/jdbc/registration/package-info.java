/** Registration access tokens in JDBC: plain JDBC over {@code registration_tokens}, the same SQL on H2 and PostgreSQL. */
package dev.portcullis.adapters.persistence.jdbc.registration;
