package org.govgraph.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.govgraph.release.Releases;
import org.govgraph.server.HttpError;
import org.govgraph.server.sparql.WriteAuthorisation;

/**
 * {@code POST /admin/prune?keep=N} with the admin token: withdraws the downloads of all but the
 * newest N releases of each source from the catalog and deletes their files, exactly as
 * {@code govgraph prune} does on a store no server holds ({@link Releases#prune}); {@code
 * &dryRun=true} only says what it would do. The answer is a {@link PruneResult}.
 */
public final class PruneServlet extends AdminServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    public PruneServlet(Releases releases, WriteAuthorisation authorisation) {
        super(releases, authorisation);
    }

    @Override
    protected void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int keep = keep(request.getParameter("keep"));
        boolean dryRun = Boolean.parseBoolean(request.getParameter("dryRun"));
        PruneResult result = PruneResult.of(releases.prune(keep, dryRun), releases.downloadsDirectory());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), result);
    }

    private static int keep(String value) {
        try {
            int keep = Integer.parseInt(value == null ? "" : value.strip());
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw HttpError.badRequest(
                "keep must be a whole number of releases to keep per source, at least 1 (was '" + value + "')");
    }
}
