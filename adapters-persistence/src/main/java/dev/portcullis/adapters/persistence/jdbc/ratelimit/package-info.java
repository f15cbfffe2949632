/** Rate limit buckets in PostgreSQL, shared by every server on the database (Bucket4j's PostgreSQL integration). */
package dev.portcullis.adapters.persistence.jdbc.ratelimit;
