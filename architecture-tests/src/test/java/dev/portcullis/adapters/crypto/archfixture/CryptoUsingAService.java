package dev.portcullis.adapters.crypto.archfixture;

import dev.portcullis.application.archfixture.IssueFixtureService;

/** Breaks the outbound rule: a crypto adapter touches an application service. */
public class CryptoUsingAService {
    private IssueFixtureService service;
}
