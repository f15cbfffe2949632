/** The JDBC storage adapter, one sub-package per aggregate, and what those share. */
package dev.portcullis.adapters.persistence.jdbc;
