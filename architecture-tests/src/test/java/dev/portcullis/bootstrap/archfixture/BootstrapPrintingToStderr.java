package dev.portcullis.bootstrap.archfixture;

/** Writes to System.err. */
public class BootstrapPrintingToStderr {
    void start() {
        System.err.println("starting");
    }
}
