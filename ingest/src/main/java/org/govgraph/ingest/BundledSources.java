package org.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real data sets shipped inside govgraph (see {@code datasets/SOURCES.md}), and the
 * arguments that ingest each of them, so that {@code govgraph demo} works on a fresh clone
 * with no download.
 */
public final class BundledSources {
    /** Per source id, the class-path files to ingest, in order. A source whose adapter takes a folder lists the folder's files. */
    private static final Map<String, List<String>> FILES = Map.of(
            "un-egdi",
                    List.of(
                            "countries-data_EN.csv",
                            "egdi-2010.csv",
                            "egdi-2012.csv",
                            "egdi-2014.csv",
                            "egdi-2016.csv",
                            "egdi-2018.csv",
                            "EGOV_DATA_2003.csv",
                            "EGOV_DATA_2004.csv",
                            "EGOV_DATA_2005.csv",
                            "EGOV_DATA_2008.csv",
                            "EGOV_DATA_2010.csv",
                            "EGOV_DATA_2012.csv",
                            "EGOV_DATA_2014.csv",
                            "EGOV_DATA_2016.csv",
                            "EGOV_DATA_2018.csv",
                            "EGOV_DATA_2020.csv",
                            "EGOV_DATA_2022.csv",
                            "EGOV_DATA_2024.csv"),
            "ca-si", List.of("si_2024.csv"),
            "ca-ss", List.of("ss_2024.csv"),
            "ke-ecitizen", List.of("ministries.csv", "departments.csv", "agencies.csv", "services.csv", "LICENSE"),
            "my-psdsp", List.of("psdsp-2021-indicators.csv"),
            "br-servicos", List.of("LICENSE", "servico.xsd"));

    /**
     * Sources whose files are too many to list here: a folder of them, with an index of their
     * names beside it ({@code datasets/{id}/{folder}.index}), extracted into that folder.
     */
    private static final Map<String, String> INDEXED_FOLDERS = Map.of("br-servicos", "servicos");

    /** Sources whose adapter is given the folder rather than the files (the indexed folder, for those that have one). */
    private static final List<String> FOLDER_SOURCES = List.of("ke-ecitizen", "br-servicos");

    /** The order the demo ingests them: reference data (countries) first. */
    public static final List<String> DEMO_ORDER =
            List.of("un-egdi", "my-psdsp", "ca-si", "ca-ss", "ke-ecitizen", "br-servicos");

    private BundledSources() {}

    private static String resource(String sourceId, String name) throws IOException {
        String resource = "datasets/" + sourceId + "/" + name;
        try (InputStream in = BundledSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled data missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * Copies one bundled source out of the class path into {@code dir/{sourceId}/} and
     * returns the inputs to give its adapter.
     */
    public static List<Path> extract(String sourceId, Path dir) {
        List<String> names = new ArrayList<>(FILES.getOrDefault(sourceId, List.of()));
        String indexed = INDEXED_FOLDERS.get(sourceId);
        if (names.isEmpty() && indexed == null) {
            throw new IllegalArgumentException("No bundled data for source " + sourceId);
        }
        Path folder = dir.resolve(sourceId);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            if (indexed != null) {
                Files.createDirectories(folder.resolve(indexed));
                for (String line :
                        resource(sourceId, indexed + ".index").lines().toList()) {
                    if (!line.isBlank()) {
                        names.add(indexed + "/" + line.strip());
                    }
                }
            }
            for (String name : names) {
                String resource = "datasets/" + sourceId + "/" + name;
                try (InputStream in = BundledSources.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Bundled data missing from the class path: " + resource);
                    }
                    Path target = folder.resolve(name);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    files.add(target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract bundled data to " + folder, e);
        }
        if (indexed != null) {
            return List.of(folder.resolve(indexed));
        }
        return FOLDER_SOURCES.contains(sourceId) ? List.of(folder) : files;
    }
}
