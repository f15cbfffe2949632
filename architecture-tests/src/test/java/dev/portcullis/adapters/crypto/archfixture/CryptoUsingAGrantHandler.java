package dev.portcullis.adapters.crypto.archfixture;

import dev.portcullis.application.grant.GrantHandler;

/** Breaks the outbound rule: a crypto adapter touches the grant extension point. */
public class CryptoUsingAGrantHandler {
    private GrantHandler handler;
}
