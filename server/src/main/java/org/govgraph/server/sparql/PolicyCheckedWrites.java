package org.govgraph.server.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.govgraph.server.ErrorMapper;

/**
 * Runs an admitted write unless the write policy refuses it: a SPARQL Update whose
 * {@code LOAD} would fetch a URL the {@link LoadPolicy} does not allow is answered 403 and
 * nothing of it runs.
 */
public final class PolicyCheckedWrites implements WriteExecution {
    private final LoadPolicy loadPolicy;

    public PolicyCheckedWrites(LoadPolicy loadPolicy) {
        this.loadPolicy = loadPolicy;
    }

    @Override
    public void run(HttpAction action, Runnable write) {
        if (action.getEndpoint() != null && action.getEndpoint().getOperation() == Operation.Update) {
            Optional<String> refusal = UpdateText.of(action.getRequest()).flatMap(loadPolicy::refusal);
            if (refusal.isPresent()) {
                try {
                    ErrorMapper.write(action.getRequest(), action.getResponse(), 403, refusal.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
        write.run();
    }
}
