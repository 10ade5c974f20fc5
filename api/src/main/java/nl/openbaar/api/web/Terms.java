package nl.openbaar.api.web;

import java.util.Map;
import nl.openbaar.vocab.OB;

/** Dutch words for the vocabulary's terms, as the pages use them. */
final class Terms {
    private static final Map<String, String> WORDS = Map.of(
            OB.NS + "OriginalBudget", "begroting",
            OB.NS + "AmendedBudget", "begroting na wijziging",
            OB.NS + "Actual", "realisatie",
            OB.NS + "Expenditure", "lasten",
            OB.NS + "Revenue", "baten",
            OB.NS + "Balance", "saldo",
            OB.NS + "Target", "doel",
            OB.NS + "Realised", "realisatie",
            OB.NS + "AnnualAccounts", "jaarrekening",
            OB.NS + "Budget", "begroting");
    private static final Map<String, String> MORE = Map.of(OB.NS + "AnnualReport", "jaarverslag");

    private Terms() {
    }

    static String dutch(String iri) {
        if (iri == null) {
            return "";
        }
        return WORDS.getOrDefault(iri, MORE.getOrDefault(iri, iri.substring(iri.lastIndexOf('#') + 1)));
    }
}
