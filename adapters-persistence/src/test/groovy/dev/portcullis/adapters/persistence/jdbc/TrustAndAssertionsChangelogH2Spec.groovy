package dev.portcullis.adapters.persistence.jdbc

import io.micronaut.test.extensions.spock.annotation.MicronautTest

@MicronautTest(transactional = false)
class TrustAndAssertionsChangelogH2Spec extends TrustAndAssertionsChangelogSpec {
}
