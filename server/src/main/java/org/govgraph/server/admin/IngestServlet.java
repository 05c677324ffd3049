package org.govgraph.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.jena.atlas.io.IO;
import org.govgraph.ingest.IngestOptions;
import org.govgraph.ingest.IngestReport;
import org.govgraph.ingest.IngestRunner;
import org.govgraph.ingest.SourceAdapter;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.ingest.Sources;
import org.govgraph.ingest.mapping.MappedSource;
import org.govgraph.release.Releases;
import org.govgraph.server.HttpError;
import org.govgraph.server.sparql.WriteAuthorisation;

/**
 * {@code POST /admin/ingest/{source}} with the admin token: ingests a source into the running
 * platform, exactly as {@code govgraph ingest} does (validation first, all or nothing; then a
 * new release built aside and switched to while every reader keeps being answered from the
 * previous one). The body is one file ({@code ?name=} gives its file name) or a ZIP of the
 * files and folders to give the source ({@code Content-Type: application/zip}); {@code
 * ?allowRejects=true} writes the accepted rows when some are rejected. The answer is an
 * {@link IngestResult} (200 written, 422 rows rejected and nothing written, 400 a file is not
 * that source); with {@code Accept: application/x-ndjson} it streams one line per phase first.
 */
public final class IngestServlet extends AdminServlet {
    private static final long serialVersionUID = 1L;
    /** The media type of the streamed answer: progress lines, then the result. */
    public static final String NDJSON = "application/x-ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,200}");

    public IngestServlet(Releases releases, WriteAuthorisation authorisation) {
        super(releases, authorisation);
    }

    @Override
    protected void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String source = Optional.ofNullable(request.getPathInfo())
                .map(p -> p.replaceFirst("^/", ""))
                .orElse("");
        String mapping = request.getParameter("mapping");
        if (mapping == null && Sources.byId(source).isEmpty()) {
            throw HttpError.notFound("Unknown source '" + source + "': use one of " + String.join(", ", Sources.ids())
                    + ", or send a mapping file (?mapping=ENTRY of the ZIP)");
        }
        boolean allowRejects = Boolean.parseBoolean(request.getParameter("allowRejects"));
        boolean streamed =
                Optional.ofNullable(request.getHeader("Accept")).orElse("").contains(NDJSON);
        Path upload = Files.createTempDirectory("govgraph-upload-");
        try {
            List<Path> inputs = new java.util.ArrayList<>(receive(request, upload));
            SourceAdapter adapter;
            if (mapping != null) {
                Path mappingFile = upload.resolve(checked(mapping));
                inputs.remove(mappingFile);
                try {
                    adapter = MappedSource.fromFile(source, mappingFile);
                } catch (SourceFormatException e) {
                    response.setStatus(400);
                    response.setContentType("application/json;charset=utf-8");
                    line(
                            response.getOutputStream(),
                            JSON.valueToTree(IngestResult.notTheSource(
                                    source, e.getMessage().replace(upload.toString() + "/", ""))));
                    return;
                }
            } else {
                adapter = Sources.byId(source).orElseThrow();
            }
            OutputStream out = response.getOutputStream();
            Consumer<String> progress = phase -> {};
            if (streamed) {
                response.setStatus(200);
                response.setContentType(NDJSON + ";charset=utf-8");
                progress = phase -> line(out, JSON.createObjectNode().put("progress", phase));
            }
            IngestResult result = ingest(source, adapter, inputs, new IngestOptions(allowRejects, progress), upload);
            if (!streamed) {
                response.setStatus(result.outcome().httpStatus());
                response.setContentType("application/json;charset=utf-8");
                if (result.release() != null) {
                    response.setHeader("X-Govgraph-Release", result.release());
                }
            }
            line(out, JSON.valueToTree(result));
        } finally {
            IO.deleteAll(upload);
        }
    }

    private IngestResult ingest(
            String source, SourceAdapter adapter, List<Path> inputs, IngestOptions options, Path upload) {
        try {
            IngestReport report =
                    new IngestRunner(releases.iris(), releases.sourceWriter()).run(adapter, inputs, options);
            return IngestResult.of(report, file -> clientName(upload, file));
        } catch (SourceFormatException e) {
            return IngestResult.notTheSource(source, e.getMessage().replace(upload.toString() + "/", ""));
        }
    }

    /** The body's files under {@code upload}, and the inputs to give the source: a ZIP's top-level entries, or the one file. */
    private static List<Path> receive(HttpServletRequest request, Path upload) throws IOException {
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/zip")) {
            String name = Optional.ofNullable(request.getParameter("name")).orElse("upload");
            Path file = upload.resolve(checked(name));
            try (InputStream in = request.getInputStream()) {
                Files.copy(in, file);
            }
            return List.of(file);
        }
        List<Path> inputs = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(request.getInputStream(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = upload;
                for (String segment : entry.getName().split("/")) {
                    target = target.resolve(checked(segment));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
                Path top = upload.resolve(upload.relativize(target).getName(0));
                if (!inputs.contains(top)) {
                    inputs.add(top);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw HttpError.badRequest("The ZIP holds no files");
        }
        return inputs;
    }

    /** One path segment of an uploaded name: no separators, no "..", nothing hidden. */
    private static String checked(String segment) {
        if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
            throw HttpError.badRequest("Not a file name that can be uploaded: '" + segment + "'");
        }
        return segment;
    }

    private static String clientName(Path upload, Path file) {
        return file.startsWith(upload) ? upload.relativize(file).toString() : file.toString();
    }

    private static void line(OutputStream out, com.fasterxml.jackson.databind.JsonNode node) {
        try {
            out.write(JSON.writeValueAsBytes(node));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
