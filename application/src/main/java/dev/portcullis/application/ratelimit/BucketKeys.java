package dev.portcullis.application.ratelimit;

import dev.portcullis.application.port.TokenDigest;

/**
 * Names each caller's bucket by the throttle and a keyed digest of the caller, so that storage holds no token,
 * client id, username or address.
 */
final class BucketKeys {

    /** The one bucket of callers too long to digest: no real client id, token, username or address is. */
    private static final String OVERSIZED = "oversized";

    private BucketKeys() {
    }

    static String of(ThrottledRequest request, TokenDigest digest) {
        String caller = request.caller().length() > TokenDigest.LONGEST_PRESENTED
                ? OVERSIZED : digest.digest(request.caller()).value();
        return request.throttle().keyPrefix() + ":" + caller;
    }
}
