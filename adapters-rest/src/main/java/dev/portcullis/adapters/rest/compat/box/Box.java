package dev.portcullis.adapters.rest.compat.box;

/** What the surface's classes share. */
final class Box {

    /** The switch of the whole surface; on unless set to {@code false}. */
    static final String ENABLED = "portcullis.compat.box.enabled";

    private Box() {
    }
}
