/** Discovery: what the server advertises about itself. */
package dev.portcullis.application.discovery;
