/**
 * The authorization code flow (DESIGN.md §5): the authorization endpoint, the login, consent and logout
 * requests the login and consent app answers, and the login and consent sessions they leave behind.
 */
package dev.portcullis.application.authorization;
