package org.govgraph.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govgraph.ingest.IngestContext;
import org.govgraph.ingest.SourceFormatException;
import org.govgraph.model.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping file is checked before any row is read, and each mistake is one message at its line and column. */
class MappingFileTest {
    /** A mapping's source and IRI scheme, before its tables. */
    static final String HEAD = """
            source:
              title: Test inventory
              publisher: Test agency
              licence: https://creativecommons.org/licenses/by/4.0/
              url: https://example.org/
            iri-scheme: t
            """;
    /** One table of services, to which a test adds the service's keys at six spaces. */
    private static final String SERVICES = HEAD + """
            tables:
              - name: s
                file: s.csv
                service:
                  key: id
                  title: {en: name}
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("m.yaml"), yaml);
    }

    private String refused(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThrows(SourceFormatException.class, () -> MappingFile.read(file))
                .getMessage()
                .replace(file.toString(), "m.yaml");
    }

    @Test
    void anUnknownKeyIsNamedAtItsLineWithTheKeysAllowed() throws IOException {
        String m = refused(HEAD + """
                tables:
                  - name: s
                    file: s.csv
                    service:
                      key: id
                      titel: {en: name}
                """);
        assertEquals(
                "m.yaml:12:14: unknown key 'titel' in tables[0].service.titel; the keys allowed there are:"
                        + " alternative, authority, channels, concepts, derived-description, description, digital, fee, key, keywords,"
                        + " links, related, report, stages, steps, title, types",
                m);
    }

    @Test
    void aReferenceToALaterTableIsRefused() throws IOException {
        String m = refused(SERVICES + """
                      authority: {table: agency, column: agency_id}
                  - name: agency
                    file: a.csv
                    organisation: {key: id, name: {en: name}}
                """);
        assertEquals(
                "m.yaml:13:26: tables[0].service.authority.table: 'agency' is not a table before this one;"
                        + " the tables before it are: []",
                m);
    }

    @Test
    void aCodeGovgraphDoesNotKnowIsRefusedWithTheCodesItKnows() throws IOException {
        String m = refused(SERVICES + """
                      channels: {column: saluran, codes: {Dalam Talian: ONLINE}}
                """);
        assertTrue(m.startsWith("m.yaml:13:"), m);
        assertTrue(
                m.contains("tables[0].service.channels.codes.Dalam Talian: 'ONLINE' is not a govgraph channel code;"
                        + " the codes are: [EML, FAX, NON, ONL, OTH, PERSON, POST, TEL]"),
                m);
    }

    @Test
    void aStageThatDoesNotExistIsRefusedWithTheStages() throws IOException {
        String m = refused(SERVICES + """
                      stages:
                        columns: {payment: bayaran}
                        codes: {online: [Ya], offline: [Tidak]}
                """);
        assertTrue(
                m.contains(
                        "tables[0].service.stages.columns.payment: 'payment' is not a stage; the stages are:"
                                + " [account-registration, application, authentication, decision, issuance, issue-resolution-feedback]"),
                m);
    }

    @Test
    void aTableDescribingNothingAndBrokenYamlAreRefused() throws IOException {
        assertTrue(refused(HEAD + "tables:\n  - {name: s, file: s.csv}\n")
                .contains("tables[0]: a table's rows describe either an organisation or a service"));
        String m = refused(HEAD + "tables: [\n");
        assertTrue(m.startsWith("m.yaml:"), m);
        assertTrue(m.contains("not a mapping file"), m);
    }

    @Test
    void aColumnTheFileDoesNotHaveStopsTheRunBeforeAnyRowListingTheColumnsItHas()
            throws IOException, URISyntaxException {
        Path fixtures = Path.of(getClass().getResource("/mapping/malaysia").toURI());
        Path table =
                Files.copy(fixtures.resolve("inventori-perkhidmatan.csv"), dir.resolve("inventori-perkhidmatan.csv"));
        Path mapping = write(
                Files.readString(fixtures.resolve("inventori.yaml")).replace("key: Kod Agensi", "key: Kod Agency"));
        IngestContext context = new IngestContext(Iris.defaults());
        SourceFormatException e = assertThrows(
                SourceFormatException.class,
                () -> MappedSource.fromFile("my-inventori", mapping).read(List.of(table), context));
        assertTrue(
                e.getMessage()
                        .startsWith(table + ":1:0: missing required column Kod Agency (the header has:"
                                + " Kod Perkhidmatan, Nama Perkhidmatan, Nama Perkhidmatan (BI), Kod Agensi,"),
                e.getMessage());
        assertEquals(0, context.rowsRead());
    }

    @Test
    void aSourceIdThatCannotNameAGraphIsRefused() throws IOException, URISyntaxException {
        Path mapping = Path.of(
                getClass().getResource("/mapping/malaysia/inventori.yaml").toURI());
        SourceFormatException e =
                assertThrows(SourceFormatException.class, () -> MappedSource.fromFile("My Inventori", mapping));
        assertTrue(
                e.getMessage().contains("the source id 'My Inventori' must be lower-case letters, digits and -"),
                e.getMessage());
    }
}
