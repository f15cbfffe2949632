package dev.portcullis.adapters.rest.compat.hydra0;

/** What the surface's classes share. */
final class Hydra0 {

    /** The switch of the whole surface; on unless set to {@code false}. */
    static final String ENABLED = "portcullis.compat.hydra0.enabled";

    private Hydra0() {
    }
}
