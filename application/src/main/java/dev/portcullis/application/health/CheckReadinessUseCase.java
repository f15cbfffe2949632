package dev.portcullis.application.health;

/** Checks whether this node can serve requests. */
public interface CheckReadinessUseCase {

    /** Asks every dependency now; never throws. */
    Readiness check();
}
