/**
 * The authorization code flow (DESIGN.md §5): what an authorization code is bound to and how its redemption
 * is checked. Depends on {@code client} and {@code grant}, never the other way round.
 */
package dev.portcullis.domain.authorization;
