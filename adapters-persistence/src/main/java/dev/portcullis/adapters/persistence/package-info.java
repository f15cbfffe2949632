/** Storage adapters for the repository ports, chosen by {@code portcullis.storage}, and the conditions that choose them. */
package dev.portcullis.adapters.persistence;
