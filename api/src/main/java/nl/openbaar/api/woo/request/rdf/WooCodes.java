package nl.openbaar.api.woo.request.rdf;

import java.util.List;
import nl.openbaar.api.woo.request.Channel;
import nl.openbaar.api.woo.request.Code;
import nl.openbaar.api.woo.request.RequestStatus;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;
import nl.openbaar.api.woo.request.decision.Judgement;
import nl.openbaar.api.woo.request.decision.RefusalGround;
import nl.openbaar.api.woo.request.decision.RefusalGrounds;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The register's controlled vocabularies as SKOS (statuses, channels, decision outcomes, judgements, refusal grounds),
 * made from the same enums and list the code uses, for the store's named graph {@code graph/woo/codes}.
 */
public final class WooCodes {
    private WooCodes() {
    }

    public static Model build(RefusalGrounds grounds) {
        Model m = ModelFactory.createDefaultModel();
        add(m, WooTerms.WooRequestStatusScheme, List.of(RequestStatus.values()));
        add(m, WooTerms.WooChannelScheme, List.of(Channel.values()));
        add(m, WooTerms.WooDecisionOutcomeScheme, List.of(DecisionOutcome.values()));
        add(m, WooTerms.WooJudgementScheme, List.of(Judgement.values()));
        add(m, WooTerms.WooRefusalGroundScheme, grounds.all());
        for (RefusalGround g : grounds.all()) {
            WooTerms.concept(g).inModel(m).addProperty(WooTerms.legalBasis, g.article())
                    .addProperty(SKOS.scopeNote, g.kind(), "nl");
        }
        return m;
    }

    private static void add(Model m, Resource scheme, List<? extends Code> codes) {
        m.add(scheme, RDF.type, SKOS.ConceptScheme);
        for (Code code : codes) {
            Resource c = m.createResource(WooTerms.concept(code).getURI())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.topConceptOf, scheme)
                    .addProperty(SKOS.notation, code.code())
                    .addProperty(SKOS.prefLabel, code.labelNl(), "nl")
                    .addProperty(SKOS.prefLabel, code.labelEn(), "en")
                    .addProperty(RDFS.label, code.labelNl(), "nl")
                    .addProperty(RDFS.label, code.labelEn(), "en");
            m.add(scheme, SKOS.hasTopConcept, c);
        }
    }
}
