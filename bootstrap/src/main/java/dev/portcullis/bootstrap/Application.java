package dev.portcullis.bootstrap;

import io.micronaut.runtime.Micronaut;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Portcullis. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // Liquibase logs through java.util.logging; send it where everything else goes.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // Liquibase prints its update summary to standard output unless told to log it.
        System.setProperty("liquibase.showSummaryOutput", "log");
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
