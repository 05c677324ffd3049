package org.govgraph.ingest.egdi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranks govgraph derives within one survey edition, for the indices whose rank the survey
 * does not publish (the OSI rank a national plan quotes, say): a country's rank is 1 plus the
 * number of countries of the edition with a higher value, so tied countries share a rank,
 * as in the survey's own EGDI ranking. Countries without the index (a placeholder left
 * absent) are not ranked and do not count.
 */
final class EditionRanks {
    private final Map<Measure, List<BigDecimal>> descending = new EnumMap<>(Measure.class);

    EditionRanks(Collection<SurveyObservation> edition) {
        for (Measure m : Measure.DERIVED_RANKS) {
            List<BigDecimal> values = new ArrayList<>();
            edition.forEach(o -> {
                BigDecimal v = o.values().get(m);
                if (v != null) {
                    values.add(v);
                }
            });
            values.sort(Collections.reverseOrder());
            descending.put(m, values);
        }
    }

    /** The derived ranks of one observation of the edition, for the indices it has. */
    Map<Measure, Integer> of(SurveyObservation observation) {
        Map<Measure, Integer> ranks = new HashMap<>();
        descending.forEach((m, values) -> {
            BigDecimal v = observation.values().get(m);
            if (v != null) {
                ranks.put(m, 1 + higher(values, v));
            }
        });
        return ranks;
    }

    /** How many values of a descending list are greater than {@code v} (binary search for the first not greater). */
    private static int higher(List<BigDecimal> descending, BigDecimal v) {
        int lo = 0;
        int hi = descending.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (descending.get(mid).compareTo(v) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
