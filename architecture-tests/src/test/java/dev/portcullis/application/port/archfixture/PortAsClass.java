package dev.portcullis.application.port.archfixture;

/** Breaks the port rule: a concrete class in application.port. */
public class PortAsClass {
    public String load(String id) {
        return id;
    }
}
