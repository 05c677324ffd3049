package org.govgraph.server.sparql;

import java.util.function.Predicate;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * One of Fuseki's operations (SPARQL Update, the Graph Store Protocol) behind
 * {@link WriteAuthorisation}: the requests Fuseki dispatched to it with a writing method run
 * only with the admin token, whatever their parameters or Content-Type said. Then
 * {@link WriteExecution} decides how the admitted write runs (what it may fetch, what release
 * it becomes).
 */
final class AuthorisedOperation extends ActionService {
    private final ActionService operation;
    private final Predicate<String> writingMethod;
    private final WriteAuthorisation authorisation;
    private final WriteExecution execution;

    AuthorisedOperation(
            ActionService operation,
            Predicate<String> writingMethod,
            WriteAuthorisation authorisation,
            WriteExecution execution) {
        this.operation = operation;
        this.writingMethod = writingMethod;
        this.authorisation = authorisation;
        this.execution = execution;
    }

    @Override
    public void process(HttpAction action) {
        if (!writingMethod.test(action.getRequestMethod())) {
            operation.process(action);
            return;
        }
        if (authorisation.admit(action.getRequest(), action.getResponse())) {
            execution.run(action, operation::process);
        }
    }

    @Override
    public void validate(HttpAction action) {
        operation.validate(action);
    }

    @Override
    public void execute(HttpAction action) {
        operation.execute(action);
    }
}
