package org.govgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IriCheckTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.canada.ca/en/services.html",
                "http://example.org/a?b=c&d=e#f",
                "https://ecitizen.go.ke/",
                "urn:isbn:0451450523",
                "mailto:info@example.org",
                "https://example.org/caf%C3%A9",
                "https://example.org/café",
                "https://example.org/~user/a-b_c.d"
            })
    void keepsALegalAbsoluteIriAsItIs(String iri) {
        assertEquals(Optional.of(iri), IriCheck.legal(iri));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "\"https://example.org/page\u00A0\"", // no-break space, as Canada's SRV03170
                "\" https://example.org/page \"",
                "\"\thttps://example.org/page\r\n\"",
                "\"\u2007https://example.org/page\u202F\"", // figure space, narrow no-break space
                "\"\u3000https://example.org/page\u2003\"", // ideographic space, em space
                "\"\u200Bhttps://example.org/page\uFEFF\"", // zero-width space, byte order mark
            })
    void trimsAnIriThatHasOnlyWhiteSpaceAroundIt(String text) {
        assertEquals(Optional.of("https://example.org/page"), IriCheck.legal(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/a page",
                "https://exa mple.org/",
                "https://example.org/a\u00A0b",
                "https://example.org/a\tb",
                "https://example.org/a\nb",
                "https://example.org/a\u0000b",
                "https://example.org/a\u0007b",
                "https://example.org/a\u007Fb",
                "https://example.org/a\u0085b",
                "https://example.org/<a>",
                "https://example.org/a\"b",
                "https://example.org/{a}",
                "https://example.org/a|b",
                "https://example.org/a\\b",
                "https://example.org/a^b",
                "https://example.org/a`b"
            })
    void refusesWhiteSpaceControlCharactersAndTheCharactersRdfForbidsInside(String text) {
        assertEquals(Optional.empty(), IriCheck.legal(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\u00A0",
                "page.html",
                "/relative/path",
                "//example.org/x",
                "N/A",
                "www.canada.ca",
                "https://example.org/%zz",
                "http://[::1"
            })
    void refusesWhatIsNotAnAbsoluteIri(String text) {
        assertEquals(Optional.empty(), IriCheck.legal(text));
    }
}
