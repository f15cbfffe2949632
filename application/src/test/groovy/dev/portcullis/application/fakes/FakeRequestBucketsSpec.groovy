package dev.portcullis.application.fakes

import dev.portcullis.application.port.RequestBuckets
import dev.portcullis.application.port.RequestBucketsContractSpec

/** The fake behaves like the real buckets, or specs over it prove nothing. */
class FakeRequestBucketsSpec extends RequestBucketsContractSpec {

    RequestBuckets emptyBuckets(MutableClock clock) {
        new FakeRequestBuckets(clock)
    }
}
