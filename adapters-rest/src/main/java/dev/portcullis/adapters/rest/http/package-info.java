/**
 * What every HTTP surface shares: form parsing, the {@code Authorization} header and client credentials,
 * challenges, cache headers, and where endpoints run their work.
 */
package dev.portcullis.adapters.rest.http;
