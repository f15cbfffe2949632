/** Whether the JDBC database is reachable and migrated. */
package dev.portcullis.adapters.persistence.jdbc.health;
