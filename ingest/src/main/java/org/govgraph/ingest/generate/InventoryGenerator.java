package org.govgraph.ingest.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.govgraph.ingest.csv.CsvFile;
import org.govgraph.ingest.csv.CsvRow;

/**
 * Writes a synthetic service inventory in the shape of the Government of Canada Service
 * Inventory, derived from its real rows, for benchmarks at national and international
 * scale (10,000 to 1,000,000 services).
 *
 * <p>Each synthetic service draws its organisation from one real row and its six stage
 * statuses from another, so both follow the real frequencies; its English and French
 * titles join the first half of one real title to the second half of another, its
 * descriptions the first sentence of two real ones; every other field comes from a third
 * real row. The same seed gives the same file, byte for byte.
 */
public final class InventoryGenerator {
    static final List<String> STAGE_COLUMNS = List.of(
            "os_account_registration",
            "os_authentication",
            "os_application",
            "os_decision",
            "os_issuance",
            "os_issue_resolution_feedback");
    private static final List<String> ORG_COLUMNS = List.of("owner_org", "owner_org_title");
    private static final String BUNDLED = "datasets/ca-si/si_2024.csv";

    private final List<String> header;
    private final List<List<String>> rows;

    private InventoryGenerator(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** A generator over the real rows of an inventory file. */
    public static InventoryGenerator from(Path realInventory) {
        try (CsvFile csv = CsvFile.open(
                realInventory,
                List.of(
                        "service_id",
                        "service_name_en",
                        "service_name_fr",
                        "service_description_en",
                        "service_description_fr",
                        "owner_org",
                        "owner_org_title"))) {
            List<List<String>> rows = new ArrayList<>();
            for (CsvRow row : csv) {
                if (row.size() != csv.header().size()) {
                    continue; // A ragged real row is no model for synthetic ones.
                }
                List<String> values = new ArrayList<>(csv.header().size());
                for (String column : csv.header()) {
                    values.add(row.raw(column));
                }
                rows.add(values);
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(realInventory + " has no rows to derive services from");
            }
            return new InventoryGenerator(csv.header(), rows);
        }
    }

    /** A generator over the bundled 2024 inventory. */
    public static InventoryGenerator fromBundled() {
        try (InputStream in = InventoryGenerator.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Bundled inventory missing from the class path: " + BUNDLED);
            }
            Path tmp = Files.createTempFile("govgraph-si", ".csv");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                return from(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code services} synthetic rows to {@code target} (replaced atomically) and returns it. */
    public Path write(long services, long seed, Path target) {
        if (services < 1) {
            throw new IllegalArgumentException("--services must be at least 1");
        }
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".generate", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write('\uFEFF'); // The real inventory starts with a byte order mark; so does its twin.
                printer.printRecord(header);
                SplittableRandom random = new SplittableRandom(seed);
                for (long i = 0; i < services; i++) {
                    printer.printRecord(synthesise(i, random));
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private List<String> synthesise(long index, SplittableRandom random) {
        List<String> base = pick(random);
        List<String> org = pick(random);
        List<String> stages = pick(random);
        List<String> second = pick(random);
        List<String> out = new ArrayList<>(base);
        set(out, "service_id", "SYN" + index);
        for (String column : ORG_COLUMNS) {
            set(out, column, get(org, column));
        }
        for (String column : STAGE_COLUMNS) {
            set(out, column, get(stages, column));
        }
        for (String lang : List.of("en", "fr")) {
            set(
                    out,
                    "service_name_" + lang,
                    joinHalves(get(base, "service_name_" + lang), get(second, "service_name_" + lang)));
            set(
                    out,
                    "service_description_" + lang,
                    (firstSentence(get(base, "service_description_" + lang)) + " "
                                    + firstSentence(get(second, "service_description_" + lang)))
                            .strip());
        }
        return out;
    }

    private List<String> pick(SplittableRandom random) {
        return rows.get(random.nextInt(rows.size()));
    }

    private String get(List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : row.get(i);
    }

    private void set(List<String> row, String column, String value) {
        int i = header.indexOf(column);
        if (i >= 0) {
            row.set(i, value);
        }
    }

    static String joinHalves(String a, String b) {
        String[] left = a.strip().split("\\s+");
        String[] right = b.strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < (left.length + 1) / 2; i++) {
            sb.append(left[i]).append(' ');
        }
        for (int i = right.length / 2; i < right.length; i++) {
            sb.append(right[i]).append(' ');
        }
        String joined = sb.toString().strip();
        return joined.isEmpty() ? a.strip() : joined;
    }

    static String firstSentence(String text) {
        String s = text.strip();
        int end = s.indexOf(". ");
        return end < 0 ? s : s.substring(0, end + 1);
    }
}
