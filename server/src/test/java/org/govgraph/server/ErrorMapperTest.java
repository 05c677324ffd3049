package org.govgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import org.govgraph.model.store.StoreException;
import org.govgraph.search.QuerySyntaxException;
import org.govgraph.search.SearchIndexException;
import org.govgraph.search.SearchRequestException;
import org.junit.jupiter.api.Test;

/** Failures are answered by kind: the client's 4xx with what to change, the server's 5xx with no internals. */
class ErrorMapperTest {
    @Test
    void aSearchTheClientMustChangeIs400WithItsMessage() {
        assertEquals(
                new ErrorMapper.Failure(400, "page starts at 1; got 0."),
                ErrorMapper.map(new SearchRequestException("page starts at 1; got 0.")));
        assertEquals(
                400,
                ErrorMapper.map(new QuerySyntaxException("Unbalanced quotes")).status());
    }

    @Test
    void aBrokenIndexOrStoreIs503AndNamesNoFile() {
        ErrorMapper.Failure index = ErrorMapper.map(new SearchIndexException(
                "Cannot open the search index in /srv/govgraph/releases/x/index: locked", new IOException("locked")));
        assertEquals(503, index.status());
        assertFalse(index.message().contains("/srv"), index.message());
        ErrorMapper.Failure store = ErrorMapper.map(new StoreException("Cannot read /srv/govgraph/current: denied"));
        assertEquals(503, store.status());
        assertFalse(store.message().contains("/srv"), store.message());
    }

    @Test
    void anUnexpectedIllegalArgumentIsOurDefectNotTheClients() {
        assertEquals(
                new ErrorMapper.Failure(500, "Internal server error"),
                ErrorMapper.map(new IllegalArgumentException("yMax must be greater than yMin")));
    }
}
