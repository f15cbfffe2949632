/** Work done at start-up and in the background: signing keys, the admin client, the token janitor. */
package dev.portcullis.bootstrap.startup;
