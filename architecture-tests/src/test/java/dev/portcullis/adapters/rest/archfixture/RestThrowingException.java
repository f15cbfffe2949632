package dev.portcullis.adapters.rest.archfixture;

/** Throws a bare Exception. */
public class RestThrowingException {
    void fail() throws Exception {
        throw new Exception("bare");
    }
}
