package dev.portcullis.domain.archfixture;

/** Throws a bare RuntimeException. */
public class DomainThrowingRuntimeException {
    void fail() {
        throw new RuntimeException("bare");
    }
}
