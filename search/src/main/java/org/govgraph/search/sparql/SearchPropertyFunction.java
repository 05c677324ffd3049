package org.govgraph.search.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.govgraph.model.vocab.GG;
import org.govgraph.search.SearchException;
import org.govgraph.search.SearchIndex;
import org.govgraph.search.SearchIndex.ScoredIri;

/**
 * The SPARQL property function {@code gg:search}, answered from the keyword index, so that
 * a researcher can join keyword matches with graph patterns:
 *
 * <pre>
 *   ?s gg:search "passport" .
 *   (?s ?score) gg:search ("passport renewal" 10) .
 * </pre>
 *
 * <p>The object is a query in the search syntax, optionally with a limit (default
 * {@value SearchIndex#DEFAULT_SPARQL_LIMIT}); the subject is the entity (a variable or an
 * IRI to test), optionally followed by a variable for the BM25 score.
 */
public final class SearchPropertyFunction extends PropertyFunctionBase {
    /** The IRI of the property function, {@code https://w3id.org/govgraph/ns#search}. */
    public static final String IRI = GG.search.getURI();

    private final SearchIndex index;

    public SearchPropertyFunction(SearchIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Registers {@code gg:search} for every query of this JVM (ARQ's global registry), answered by {@code index}. */
    public static void register(SearchIndex index) {
        PropertyFunctionRegistry.get().put(IRI, uri -> new SearchPropertyFunction(index));
    }

    /**
     * Registers {@code gg:search} for the queries run with {@code context} only (e.g. a
     * dataset's context, {@code store.dataset().getContext()}), answered by {@code index}.
     */
    public static void register(Context context, SearchIndex index) {
        PropertyFunctionRegistry registry =
                PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(context));
        registry.put(IRI, uri -> new SearchPropertyFunction(index));
        PropertyFunctionRegistry.set(context, registry);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext ctx) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 2)) {
            throw new QueryBuildException("gg:search: the subject is ?s or (?s ?score)");
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw new QueryBuildException("gg:search: the object is \"words\" or (\"words\" limit)");
        }
    }

    @Override
    public QueryIterator exec(
            Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext ctx) {
        Node queryNode = resolve(binding, object.isList() ? object.getArg(0) : object.getArg());
        if (!queryNode.isLiteral()) {
            throw new QueryExecException(
                    "gg:search: the search words must be a string, e.g. ?s gg:search \"passport\"");
        }
        int limit = SearchIndex.DEFAULT_SPARQL_LIMIT;
        if (object.isList() && object.getArgListSize() == 2) {
            Node l = resolve(binding, object.getArg(1));
            try {
                limit = Integer.parseInt(l.getLiteralLexicalForm().trim());
            } catch (RuntimeException e) {
                throw new QueryExecException("gg:search: the limit must be an integer, e.g. (\"passport\" 10)");
            }
        }
        Node s = resolve(binding, subject.isList() ? subject.getArg(0) : subject.getArg());
        Node score = subject.isList() && subject.getArgListSize() == 2 ? resolve(binding, subject.getArg(1)) : null;

        List<ScoredIri> hits;
        try {
            hits = index.searchIris(queryNode.getLiteralLexicalForm(), limit);
        } catch (SearchException e) {
            throw new QueryExecException("gg:search: " + e.getMessage(), e);
        }
        List<Binding> out = new ArrayList<>();
        for (ScoredIri hit : hits) {
            Node iri = NodeFactory.createURI(hit.iri());
            if (!s.isVariable() && !s.equals(iri)) {
                continue;
            }
            Node scoreValue = NodeFactory.createLiteralDT(Float.toString(hit.score()), XSDDatatype.XSDfloat);
            if (score != null && !score.isVariable() && !score.sameValueAs(scoreValue)) {
                continue;
            }
            BindingBuilder b = Binding.builder(binding);
            if (s.isVariable()) {
                b.add(Var.alloc(s), iri);
            }
            if (score != null && score.isVariable()) {
                b.add(Var.alloc(score), scoreValue);
            }
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), ctx);
    }

    private static Node resolve(Binding binding, Node n) {
        return Var.lookup(binding, n);
    }
}
