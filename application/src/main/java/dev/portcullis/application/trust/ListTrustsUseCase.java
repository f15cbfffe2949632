package dev.portcullis.application.trust;

/** Trust relationships a page at a time, optionally of one issuer. */
public interface ListTrustsUseCase {

    int DEFAULT_PAGE_SIZE = 250;
    int MAX_PAGE_SIZE = 500;

    /** @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} for a page size or token out of range */
    TrustList list(TrustListRequest request);
}
