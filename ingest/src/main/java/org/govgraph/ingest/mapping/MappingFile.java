package org.govgraph.ingest.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.govgraph.ingest.SourceFormatException;

/**
 * A mapping file read and checked, before any row of any table is read: YAML read with
 * Jackson into {@link Mapping} (an unknown key, a list where a text belongs, a misspelt
 * option are refused by Jackson at their line and column), then checked by
 * {@link MappingCheck} for what YAML cannot say (a reference to a later table, a code that
 * is not in govgraph's code list, a stage that does not exist), each problem named at the
 * line and column of the value at fault.
 *
 * @param path    where the mapping was read from, for messages and provenance
 * @param mapping what it says
 * @param size    its size in bytes
 * @param sha256  the SHA-256 of its bytes, recorded in the provenance of each ingest
 */
public record MappingFile(Path path, Mapping mapping, long size, String sha256) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Reads and checks a mapping file.
     *
     * @throws SourceFormatException naming the file, line and column of each problem
     */
    public static MappingFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceFormatException(path, "no such mapping file");
        } catch (IOException e) {
            throw new SourceFormatException(path, "cannot be read: " + e.getMessage(), e);
        }
        return read(path, bytes);
    }

    /** Reads and checks a mapping given as bytes (a bundled one), named {@code path} in messages. */
    public static MappingFile read(Path path, byte[] bytes) {
        Mapping mapping;
        try {
            mapping = YAML.readValue(bytes, Mapping.class);
        } catch (UnrecognizedPropertyException e) {
            // Jackson places the error after the value; the steward wants the line of the key.
            JsonLocation key = locations(path, bytes).get(jsonPointer(e));
            List<String> allowed = e.getKnownPropertyIds().stream()
                    .map(Object::toString)
                    .sorted()
                    .toList();
            throw new SourceFormatException(
                    path,
                    key == null ? line(e) : key.getLineNr(),
                    key == null ? column(e) : key.getColumnNr(),
                    "unknown key '" + e.getPropertyName() + "' in " + pointer(e) + "; the keys allowed there are: "
                            + String.join(", ", allowed));
        } catch (JsonProcessingException e) {
            throw new SourceFormatException(
                    path,
                    line(e),
                    column(e),
                    "not a mapping file: " + e.getOriginalMessage()
                            + (pointer(e).isEmpty() ? "" : " (at " + pointer(e) + ")"));
        } catch (IOException e) {
            throw new SourceFormatException(path, "cannot be read: " + e.getMessage(), e);
        }
        if (mapping == null) {
            throw new SourceFormatException(path, 1, 0, "is empty: a mapping file needs source, iri-scheme and tables");
        }
        new MappingCheck(path, mapping, locations(path, bytes)).run();
        return new MappingFile(path, mapping, bytes.length, sha256(bytes));
    }

    /** The line and column of every value and key of the YAML, by JSON pointer ({@code /tables/0/file}). */
    private static Map<String, JsonLocation> locations(Path path, byte[] bytes) {
        Map<String, JsonLocation> at = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                at.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
            }
        } catch (IOException e) {
            throw new SourceFormatException(path, "cannot be read: " + e.getMessage(), e);
        }
        return at;
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    private static String pointer(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            StringBuilder s = new StringBuilder();
            for (var ref : m.getPath()) {
                s.append(
                        ref.getFieldName() != null
                                ? (s.isEmpty() ? "" : ".") + ref.getFieldName()
                                : "[" + ref.getIndex() + "]");
            }
            return s.toString();
        }
        return "";
    }

    private static String jsonPointer(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (var ref : e.getPath()) {
            s.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return s.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
