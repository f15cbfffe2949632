package dev.portcullis.application.archfixture;

import java.sql.Connection;

/** Breaks the plain-Java core: an application type that depends on JDBC. */
public class ApplicationUsingJdbc {
    void store(Connection connection) {
    }
}
