package org.govgraph.server.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.system.ActionCategory;
import org.govgraph.release.Candidate;
import org.govgraph.release.PlatformRelease;
import org.govgraph.release.Releases;
import org.govgraph.release.WriteOutcome;
import org.govgraph.release.WriteProvenance;
import org.govgraph.server.ReleasePinning;

/**
 * Every admitted write becomes a release: Fuseki runs the SPARQL Update or Graph Store write
 * on the next release, built aside as a copy of the one served ({@link Releases#prepare});
 * the write is judged ({@link WriteOutcome}: which sources changed; writes to the default
 * graph kept in the curation graph), the changed sources get a release with the write's
 * provenance, and the platform switches to it with its index and downloads, before the client
 * hears that the write succeeded. A write that fails, is refused or changes nothing leaves
 * the platform as it was. First, a {@code LOAD} that the {@link LoadPolicy} does not allow is
 * refused with 403 and nothing of the update runs.
 */
public final class LiveWrites implements WriteExecution {
    private final Releases releases;
    private final LoadPolicy loadPolicy;

    public LiveWrites(Releases releases, LoadPolicy loadPolicy) {
        this.releases = releases;
        this.loadPolicy = loadPolicy;
    }

    @Override
    public void run(HttpAction action, Consumer<HttpAction> operation) {
        boolean update = action.getEndpoint() != null && action.getEndpoint().getOperation() == Operation.Update;
        String request = update
                ? UpdateText.of(action.getRequest()).orElse("")
                : action.getRequestMethod() + " " + action.getRequest().getRequestURI()
                        + Optional.ofNullable(action.getRequest().getQueryString())
                                .map(q -> "?" + q)
                                .orElse("");
        if (update) {
            Optional<String> refusal = loadPolicy.refusal(request);
            if (refusal.isPresent()) {
                answer(action, 403, refusal.get());
                return;
            }
        }
        WriteProvenance provenance = new WriteProvenance(
                update ? "SPARQL Update" : "Graph Store " + action.getRequestMethod(),
                request,
                java.time.Instant.now());
        try (Candidate next = releases.prepare(provenance.what(), Set.of())) {
            BufferedResponse held = new BufferedResponse(action.getResponse());
            HttpAction staged = ActionExecLib.allocHttpAction(
                    ReleaseRoutedRegistry.forDataset(
                            action.getDataAccessPoint(), next.store().datasetGraph()),
                    action.log,
                    ActionCategory.ACTION,
                    action.getRequest(),
                    held);
            staged.setEndpoint(action.getEndpoint());
            operation.accept(staged);
            if (held.status() >= 400) {
                held.send();
                return;
            }
            WriteOutcome outcome = WriteOutcome.judge(next.base().store(), next.store());
            if (outcome.refusal().isPresent()) {
                answer(action, 403, outcome.refusal().get());
                return;
            }
            if (!outcome.changedSources().isEmpty()) {
                next.store().recordReleases(outcome.changedSources(), r -> provenance.describe(releases.iris(), r));
                PlatformRelease released = next.commit();
                action.getResponse().setHeader(ReleasePinning.HEADER, released.id());
            }
            held.send();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers with an error through the response, so that it reaches the client in the server's one error shape. */
    private static void answer(HttpAction action, int status, String message) {
        try {
            action.getResponse().sendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
