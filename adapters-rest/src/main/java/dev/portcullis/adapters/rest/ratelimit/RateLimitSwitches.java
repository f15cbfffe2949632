package dev.portcullis.adapters.rest.ratelimit;

/**
 * The settings that switch the filters on at all, so that a limit that is off costs its route nothing: no filter,
 * no body read twice, no storage call. The limits themselves come from the use case.
 */
final class RateLimitSwitches {

    /** Requests per period per client on the token endpoints; off unless set above zero. */
    static final String TOKEN_PER_CLIENT = "portcullis.rate-limits.token.per-client";
    /** A positive whole number: Micronaut's {@code @Requires(pattern)} needs the property set and matching. */
    static final String POSITIVE = "\\s*0*[1-9][0-9]*\\s*";

    /** Requests per period per caller on the admin APIs; on unless set to zero. */
    static final String ADMIN_PER_CALLER = "portcullis.rate-limits.admin.per-caller";
    static final String OFF = "0";

    private RateLimitSwitches() {
    }
}
