package dev.portcullis.domain.archfixture;

import com.nimbusds.jose.JWSAlgorithm;

/** Breaks the plain-Java core: a domain type that depends on Nimbus JOSE+JWT. */
public class DomainUsingNimbus {
    private JWSAlgorithm algorithm;
}
