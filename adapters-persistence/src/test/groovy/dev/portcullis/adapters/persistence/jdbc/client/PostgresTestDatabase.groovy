package dev.portcullis.adapters.persistence.jdbc.client

/** The PostgreSQL database named by the system property {@code portcullis.test.postgres.url}, if any. */
class PostgresTestDatabase {

    static boolean configured() {
        System.getProperty('portcullis.test.postgres.url')?.trim()
    }

    static Map<String, String> properties() {
        ['datasources.default.url'              : System.getProperty('portcullis.test.postgres.url'),
         'datasources.default.driver-class-name': 'org.postgresql.Driver',
         'datasources.default.username'         : System.getProperty('portcullis.test.postgres.user', 'postgres'),
         'datasources.default.password'         : System.getProperty('portcullis.test.postgres.password', ''),
         'datasources.default.dialect'          : 'POSTGRES']
    }
}
