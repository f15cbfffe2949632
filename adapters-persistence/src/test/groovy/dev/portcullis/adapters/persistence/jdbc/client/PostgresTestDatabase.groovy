package dev.portcullis.adapters.persistence.jdbc.client

/**
 * The PostgreSQL database the PostgreSQL specs run against: the system property
 * {@code portcullis.test.postgres.url} or the environment variable {@code PORTCULLIS_TEST_POSTGRES_URL}
 * (user and password likewise). When neither names one, those specs are skipped; .ci/run always sets it.
 */
class PostgresTestDatabase {

    static boolean configured() {
        url()
    }

    static String url() {
        setting('url', null)?.trim() ?: null
    }

    static Map<String, String> properties() {
        ['datasources.default.url'              : url(),
         'datasources.default.driver-class-name': 'org.postgresql.Driver',
         'datasources.default.username'         : setting('user', 'postgres'),
         'datasources.default.password'         : setting('password', ''),
         'datasources.default.dialect'          : 'POSTGRES']
    }

    private static String setting(String name, String fallback) {
        System.getProperty("portcullis.test.postgres.$name")?.trim() ?: System.getenv("PORTCULLIS_TEST_POSTGRES_${name.toUpperCase()}") ?: fallback
    }
}
