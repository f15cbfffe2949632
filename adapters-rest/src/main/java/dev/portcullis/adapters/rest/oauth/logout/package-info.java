/** The end-session endpoint of OpenID Connect RP-Initiated Logout. */
package dev.portcullis.adapters.rest.oauth.logout;
