package org.govgraph.search;

import org.govgraph.model.store.Store;

/** Lets the tests of sub-packages load the fixture graph. */
public final class FixtureAccess {
    private FixtureAccess() {}

    /** Loads every fixture source into {@code store}. */
    public static void load(Store store) {
        Fixture.ORDER.forEach(id -> Fixture.load(store, id));
    }
}
