/** The client credentials grant (RFC 6749 §4.4). */
package dev.portcullis.application.grant.clientcredentials;
