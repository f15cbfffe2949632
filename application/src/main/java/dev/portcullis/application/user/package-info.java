/** The users of the built-in login app, configured with hashed passwords. */
package dev.portcullis.application.user;
