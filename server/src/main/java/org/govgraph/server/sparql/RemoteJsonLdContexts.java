package org.govgraph.server.sparql;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

/**
 * Stops JSON-LD input from making the server fetch anything: a document that names a remote
 * {@code @context} is refused instead of the server requesting it from any host it names
 * (Titanium, Jena's JSON-LD processor, would load it by default).
 */
public final class RemoteJsonLdContexts {
    private RemoteJsonLdContexts() {}

    /** Sets a document loader that loads nothing on RIOT's context, which every parser in this process reads. */
    public static void refuse() {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            throw new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not fetched by this server: " + url
                            + " (put the context inline in the document)");
        });
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }
}
