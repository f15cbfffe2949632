package dev.portcullis.application.trust;

import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.application.port.TrustRepository.TrustPage;
import dev.portcullis.application.port.TrustRepository.TrustQuery;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.trust.TrustId;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

public final class ListTrustsService implements ListTrustsUseCase {

    private static final String TOKEN_PREFIX = "after:";

    private final TrustRepository trusts;

    public ListTrustsService(TrustRepository trusts) {
        this.trusts = trusts;
    }

    @Override
    public TrustList list(TrustListRequest request) {
        int pageSize = request.pageSize().orElse(DEFAULT_PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw OAuthException.invalidRequest("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Optional<TrustId> after = request.pageToken().filter(token -> !token.isEmpty()).map(ListTrustsService::decode);
        TrustPage page = trusts.list(new TrustQuery(request.issuer().filter(issuer -> !issuer.isEmpty()), after, pageSize));
        Optional<String> next = page.hasMore() && !page.relationships().isEmpty()
                ? Optional.of(encode(page.relationships().get(page.relationships().size() - 1).id()))
                : Optional.empty();
        return new TrustList(page.relationships(), next, pageSize);
    }

    private static String encode(TrustId last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + last.value()).getBytes(StandardCharsets.UTF_8));
    }

    private static TrustId decode(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX) && TrustId.isWellFormed(decoded.substring(TOKEN_PREFIX.length()))) {
                return new TrustId(decoded.substring(TOKEN_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // not base64url: the error below
        }
        throw OAuthException.invalidRequest("page_token is not a token this server issued");
    }
}
