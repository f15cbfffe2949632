/** RFC 8693: exchanging a token for another with less, as Box downscopes its tokens. */
package dev.portcullis.application.grant.tokenexchange;
