package uk.gov.pfe;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh, empty database for each Spring test context. By default an in-memory H2 database; when
 * the system property {@code pfe.it.postgres} names a PostgreSQL server (the {@code postgres} Maven
 * profile sets it), a new database is created there, and those left by earlier runs are dropped.
 */
public final class TestDatabases {

    private static final String RUN = "pfe_it_" + Long.toString(System.currentTimeMillis(), 36) + "_";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestDatabases() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        var server = System.getProperty("pfe.it.postgres", "").trim();
        if (server.isEmpty()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
            return;
        }
        var user = System.getProperty("pfe.it.postgres.user", "postgres");
        var password = System.getProperty("pfe.it.postgres.password", "");
        var base = server.endsWith("/") ? server : server + "/";
        var name = RUN + COUNT.incrementAndGet();
        try (var connection = DriverManager.getConnection(base + "postgres", user, password);
                var statement = connection.createStatement()) {
            if (COUNT.get() == 1) {
                var stale = new ArrayList<String>();
                try (var rows = statement.executeQuery(
                        "select datname from pg_database where datname like 'pfe\\_it\\_%'")) {
                    while (rows.next()) {
                        stale.add(rows.getString(1));
                    }
                }
                for (var old : stale) {
                    statement.execute("drop database if exists \"" + old + "\"");
                }
            }
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + base + ": " + e.getMessage(), e);
        }
        registry.add("spring.datasource.url", () -> base + name);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
    }
}
