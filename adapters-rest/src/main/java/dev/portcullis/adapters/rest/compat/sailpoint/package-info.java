/**
 * SailPoint's OAuth clients API (seed 004) on {@code /v3/oauth-clients} and {@code /beta/oauth-clients}: camelCase
 * bodies, JSON Patch on the fields SailPoint lets change, the {@code lastUsed} filters and SailPoint's error bodies,
 * for callers holding {@code sp:oauth-client:read} or {@code sp:oauth-client:manage}. Served unless
 * {@code portcullis.compat.sailpoint.enabled} is {@code false}.
 */
package dev.portcullis.adapters.rest.compat.sailpoint;
