package dev.portcullis.application.port;

import java.util.Optional;

/** Whether storage can serve requests: reachable and with its schema in place. */
public interface StorageHealth {

    /** Empty when storage is ready, otherwise a short reason safe to show an operator. */
    Optional<String> problem();
}
