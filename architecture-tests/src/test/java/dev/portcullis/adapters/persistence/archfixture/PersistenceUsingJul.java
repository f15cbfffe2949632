package dev.portcullis.adapters.persistence.archfixture;

import java.util.logging.Logger;

/** Logs through java.util.logging, in a method body where no field reveals it. */
public class PersistenceUsingJul {
    void save() {
        Logger.getLogger("fixture").info("saved");
    }
}
