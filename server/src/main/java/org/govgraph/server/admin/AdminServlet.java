package org.govgraph.server.admin;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govgraph.release.Releases;
import org.govgraph.server.sparql.WriteAuthorisation;

/**
 * An operator's write to the running platform ({@code POST /admin/...}): the admin token is
 * checked by the one decision every write meets ({@link WriteAuthorisation}) before {@link
 * #write} runs, so no admin endpoint can forget it.
 */
abstract class AdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The platform the write makes a new release of. */
    protected final transient Releases releases;

    private final transient WriteAuthorisation authorisation;

    AdminServlet(Releases releases, WriteAuthorisation authorisation) {
        this.releases = releases;
        this.authorisation = authorisation;
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (authorisation.admit(request, response)) {
            write(request, response);
        }
    }

    /** The write, once the token was accepted. */
    protected abstract void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
