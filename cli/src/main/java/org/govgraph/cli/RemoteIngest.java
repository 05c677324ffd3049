package org.govgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.govgraph.model.store.StoreException;
import org.govgraph.server.admin.IngestResult;
import org.govgraph.server.admin.IngestServlet;

/**
 * An ingest handed to the server that serves the store: the inputs go as one ZIP to its
 * {@code /admin/ingest/{source}} endpoint with the token it announced, its progress is shown
 * as it comes, and the result names the files as the user gave them.
 */
final class RemoteIngest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerAnnouncement server;
    private final Path storeDirectory;

    RemoteIngest(ServerAnnouncement server, Path storeDirectory) {
        this.server = server;
        this.storeDirectory = storeDirectory;
    }

    /** Ingests {@code inputs} as {@code source}, read as {@code mapping} says when it is not null. */
    IngestResult run(String source, Path mapping, List<Path> inputs, boolean allowRejects, Consumer<String> progress) {
        String token = server.adminToken(storeDirectory, "ingest");
        Map<String, Path> names = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                return IngestResult.notTheSource(source, input + ": no such file or folder");
            }
            if (names.put(input.getFileName().toString(), input) != null) {
                return IngestResult.notTheSource(source, input + ": two inputs have the name " + input.getFileName());
            }
        }
        String mappingEntry = null;
        if (mapping != null) {
            // The mapping travels in the ZIP under a name of its own, beside the inputs.
            mappingEntry = "mapping-" + mapping.getFileName();
            if (names.containsKey(mappingEntry)) {
                return IngestResult.notTheSource(source, mapping + ": an input has the same name");
            }
        }
        try {
            Path zip = Files.createTempFile("govgraph-ingest-", ".zip");
            try {
                Map<String, Path> entries = new LinkedHashMap<>(names);
                if (mappingEntry != null) {
                    entries.put(mappingEntry, mapping);
                }
                zip(entries, zip);
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "admin/ingest/"
                                + URLEncoder.encode(source, StandardCharsets.UTF_8) + "?allowRejects=" + allowRejects
                                + (mappingEntry == null
                                        ? ""
                                        : "&mapping=" + URLEncoder.encode(mappingEntry, StandardCharsets.UTF_8))))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/zip")
                        .header("Accept", IngestServlet.NDJSON)
                        .POST(HttpRequest.BodyPublishers.ofFile(zip))
                        .build();
                HttpResponse<java.io.InputStream> response = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .build()
                        .send(request, HttpResponse.BodyHandlers.ofInputStream());
                return read(response, names, progress);
            } finally {
                Files.deleteIfExists(zip);
            }
        } catch (IOException e) {
            throw new StoreException(
                    "The govgraph server at " + server.url() + " did not complete the ingest: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the server ingested", e);
        }
    }

    private static IngestResult read(
            HttpResponse<java.io.InputStream> response, Map<String, Path> names, Consumer<String> progress)
            throws IOException {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                String body = lines.lines().reduce("", String::concat);
                throw new StoreException(
                        "The govgraph server refused the ingest (" + response.statusCode() + "): " + body);
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode node = JSON.readTree(line);
                if (node.has("progress")) {
                    progress.accept(node.get("progress").asText());
                } else {
                    return userNames(JSON.treeToValue(node, IngestResult.class), names);
                }
            }
        }
        throw new StoreException("The govgraph server ended the ingest without a result: see its log");
    }

    /** The result with each file named as the user gave it rather than as it was uploaded. */
    private static IngestResult userNames(IngestResult r, Map<String, Path> names) {
        List<IngestResult.RejectionLine> rejections = r.rejections().stream()
                .map(x -> new IngestResult.RejectionLine(
                        userName(x.file(), names), x.line(), x.column(), x.reason(), x.sheet(), x.element()))
                .toList();
        String message = r.message();
        if (message != null) {
            for (Map.Entry<String, Path> e : names.entrySet()) {
                if (message.startsWith(e.getKey())) {
                    message = e.getValue() + message.substring(e.getKey().length());
                    break;
                }
            }
        }
        return new IngestResult(
                r.source(),
                r.outcome(),
                message,
                r.rowsRead(),
                r.rowsLoaded(),
                r.rowsRejected(),
                r.release(),
                r.triples(),
                rejections,
                r.skipped(),
                r.notes());
    }

    private static String userName(String uploaded, Map<String, Path> names) {
        int slash = uploaded.indexOf('/');
        String top = slash < 0 ? uploaded : uploaded.substring(0, slash);
        Path input = names.get(top);
        return input == null
                ? uploaded
                : slash < 0
                        ? input.toString()
                        : input.resolve(uploaded.substring(slash + 1)).toString();
    }

    /** The inputs as one ZIP: each file under its name, each folder's files under the folder's name. */
    private static void zip(Map<String, Path> names, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, Path> e : names.entrySet()) {
                Path input = e.getValue();
                if (Files.isDirectory(input)) {
                    try (Stream<Path> walk = Files.walk(input)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                            add(
                                    out,
                                    e.getKey() + "/"
                                            + input.relativize(f).toString().replace('\\', '/'),
                                    f);
                        }
                    }
                } else {
                    add(out, e.getKey(), input);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void add(ZipOutputStream out, String name, Path file) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        Files.copy(file, out);
        out.closeEntry();
    }
}
