package dev.portcullis.application.port.archfixture;

import java.util.List;

/** Compliant: the records a port exchanges may sit beside it. */
public record FixturePage(int number, List<String> items) {
}
