package org.govgraph.server.sparql;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpStatus;

/**
 * What a client is shown of an error Fuseki wrote. A client error keeps Fuseki's text (a
 * syntax error names its line and column), a server error never does (it is our defect or
 * a resource running out, and its text is Java's); and no text that names Java internals
 * (an exception or error class, a package, "Java heap space") is shown at all.
 */
final class FusekiErrorText {
    private static final Pattern INTERNALS =
            Pattern.compile("\\b(java|javax|jakarta|org|com|sun)\\.[a-z]\\w*\\.|\\b[A-Z]\\w*(Exception|Error)\\b"
                    + "|Java heap space|GC overhead|\\bCannot invoke\\b|\\bis null\\b");

    private FusekiErrorText() {}

    /** The message shown for {@code status} when Fuseki wrote {@code text}. */
    static String shown(int status, String text) {
        if (status == 503 && text != null && text.toLowerCase(Locale.ROOT).contains("timed out")) {
            return "The query timed out: it ran past its time limit; ask for fewer rows (LIMIT) or a narrower pattern";
        }
        if (status >= 500
                || text == null
                || text.isBlank()
                || INTERNALS.matcher(text).find()) {
            return HttpStatus.getMessage(status);
        }
        return text.strip();
    }
}
