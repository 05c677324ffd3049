package org.govgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.govgraph.model.store.StoreException;

/**
 * How a running server tells the command line that it serves a store: {@code DIR/server.json}
 * names its URL and process, and {@code DIR/server.token} (readable by its owner only) holds
 * the admin token it was started with, so that {@code govgraph ingest --store DIR} can hand
 * the ingest to it. Both are removed when the server stops; a file left by a killed server
 * is recognised by its process being gone.
 *
 * @param url    the server's base URL on loopback
 * @param pid    the server's process id
 * @param writes whether the server was started with an admin token
 */
record ServerAnnouncement(String url, long pid, boolean writes) {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE = "server.json";
    static final String TOKEN_FILE = "server.token";

    /** Announces this process's server in {@code dir}, until the process ends. */
    static void announce(Path dir, int port, Optional<String> token) {
        ServerAnnouncement me = new ServerAnnouncement(
                "http://127.0.0.1:" + port + "/", ProcessHandle.current().pid(), token.isPresent());
        try {
            if (token.isPresent()) {
                Path tmp = Files.createTempFile(
                        dir,
                        ".token",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, token.get(), StandardCharsets.UTF_8);
                Files.move(
                        tmp,
                        dir.resolve(TOKEN_FILE),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Path tmp = Files.createTempFile(dir, ".server", ".tmp");
            JSON.writeValue(tmp.toFile(), me);
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot announce the server in " + dir, e);
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                Files.deleteIfExists(dir.resolve(FILE));
                                Files.deleteIfExists(dir.resolve(TOKEN_FILE));
                            } catch (IOException ignored) {
                                // The next reader sees the process gone.
                            }
                        },
                        "govgraph-unannounce"));
    }

    /** The server announced in {@code dir}, if any. */
    static Optional<ServerAnnouncement> read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServerAnnouncement.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The admin token the server was started with, read from the owner-only token file. */
    Optional<String> token(Path dir) {
        try {
            Path file = dir.resolve(TOKEN_FILE);
            return Files.isReadable(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The admin token, for a command that hands a write to the server ({@code what}: "ingest").
     *
     * @throws StoreException when the server was started without one, saying what to do
     */
    String adminToken(Path dir, String what) {
        return token(dir)
                .orElseThrow(() -> new StoreException("The store " + dir + " is served read-only by the govgraph"
                        + " server at " + url + " (started without --admin-token): restart it with --admin-token to "
                        + what
                        + " while it serves, or stop it first"));
    }

    /** Whether the announced process is still running. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Whether the announced process is alive and its server answers. */
    boolean answers() {
        if (alive()) {
            try {
                HttpResponse<Void> r = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(url + "healthz"))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
