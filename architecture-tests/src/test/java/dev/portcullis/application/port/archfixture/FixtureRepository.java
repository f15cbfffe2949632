package dev.portcullis.application.port.archfixture;

/** Compliant: an outbound port is an interface. */
public interface FixtureRepository {
    FixturePage page(int number);
}
