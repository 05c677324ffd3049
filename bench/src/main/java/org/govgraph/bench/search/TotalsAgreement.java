package org.govgraph.bench.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether several search backends gave the same total for each question: a faster backend that
 * counts differently would not be answering the same question, so the figures must say so.
 *
 * @param agree       questions whose total is the same, and known, on every backend
 * @param questions   questions asked
 * @param differences the first few questions that differ, each with its totals in backend order
 *                    (-1: no answer)
 */
record TotalsAgreement(int agree, int questions, List<String> differences) {
    private static final int SHOWN = 5;

    /** {@code totals[b][i]}: backend b's total for question i, -1 when it gave no answer. */
    static TotalsAgreement of(List<String> words, long[][] totals) {
        int agree = 0;
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean same = totals[0][i] >= 0;
            for (long[] backend : totals) {
                same &= backend[i] == totals[0][i];
            }
            if (same) {
                agree++;
            } else if (differ.size() < SHOWN) {
                StringBuilder d = new StringBuilder("'" + words.get(i) + "'");
                for (int b = 0; b < totals.length; b++) {
                    d.append(b == 0 ? " " : " / ").append(totals[b][i]);
                }
                differ.add(d.toString());
            }
        }
        return new TotalsAgreement(agree, words.size(), List.copyOf(differ));
    }

    /** One sentence for the table's notes. */
    String describe(String backends) {
        return "Totals: " + agree + " of " + questions + " questions have the same total on every backend"
                + (differences.isEmpty() ? "." : "; first differences (" + backends + "): " + differences + ".");
    }
}
