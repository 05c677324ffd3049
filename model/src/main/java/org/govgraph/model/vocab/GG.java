package org.govgraph.model.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The govgraph ontology: what CPSV-AP, the Core Vocabularies, ORG, Data Cube and DCAT lack. Every term here is declared in {@code ontologies/govgraph.ttl}; a test checks it. */
public final class GG {
    public static final String NS = "https://w3id.org/govgraph/ns#";
    public static final String PREFIX = "gg";
    /** SKOS concepts of the channel code list (the Canada inventory's codes), e.g. {@code ch:ONL}. */
    public static final String CHANNEL_NS = "https://w3id.org/govgraph/code/channel/";
    /** SKOS concepts of the service-type code list, e.g. {@code stype:INFO}. */
    public static final String SERVICE_TYPE_NS = "https://w3id.org/govgraph/code/service-type/";
    /** SKOS concepts of the six online stages, e.g. {@code stage:application}. */
    public static final String STAGE_NS = "https://w3id.org/govgraph/code/stage/";

    private GG() {}

    public static final Resource ServiceReport = Terms.resource(NS, "ServiceReport");
    public static final Resource StageStatus = Terms.resource(NS, "StageStatus");
    /** A step of a service as its agency describes it (a service charter's "etapa"), with its own channels. */
    public static final Resource ServiceStep = Terms.resource(NS, "ServiceStep");

    public static final Resource OnlineStatus = Terms.resource(NS, "OnlineStatus");
    public static final Resource Online = Terms.resource(NS, "Online");
    /** Stands for a licence or an origin that the files of a source do not state. */
    public static final Resource NotStated = Terms.resource(NS, "NotStated");

    public static final Resource Offline = Terms.resource(NS, "Offline");
    public static final Resource NotApplicable = Terms.resource(NS, "NotApplicable");
    public static final Resource Stage = Terms.resource(NS, "Stage");
    public static final Resource ServiceStandard = Terms.resource(NS, "ServiceStandard");
    public static final Resource Indicator = Terms.resource(NS, "Indicator");
    public static final Resource Actual = Terms.resource(NS, "Actual");
    public static final Resource Target = Terms.resource(NS, "Target");
    public static final Resource ObservationKind = Terms.resource(NS, "ObservationKind");
    public static final Resource StageScheme = Terms.resource(NS, "StageScheme");
    public static final Resource ChannelScheme = Terms.resource(NS, "ChannelScheme");
    public static final Resource ServiceTypeScheme = Terms.resource(NS, "ServiceTypeScheme");
    public static final Resource EgdiGroupScheme = Terms.resource(NS, "EgdiGroupScheme");
    public static final Resource VeryHigh = Terms.resource(NS, "VeryHigh");
    public static final Resource High = Terms.resource(NS, "High");
    public static final Resource Middle = Terms.resource(NS, "Middle");
    public static final Resource Low = Terms.resource(NS, "Low");
    public static final Resource egdiStructure = Terms.resource(NS, "egdiStructure");
    public static final Resource indicatorStructure = Terms.resource(NS, "indicatorStructure");
    public static final Resource serviceStatsStructure = Terms.resource(NS, "serviceStatsStructure");
    public static final Resource stageStatsStructure = Terms.resource(NS, "stageStatsStructure");
    public static final Resource channelStatsStructure = Terms.resource(NS, "channelStatsStructure");
    public static final Resource typeStatsStructure = Terms.resource(NS, "typeStatsStructure");
    public static final Resource yearStatsStructure = Terms.resource(NS, "yearStatsStructure");
    public static final Resource Store = Terms.resource(NS, "Store");
    public static final Property onlineStage = Terms.property(NS, "onlineStage");
    public static final Property stage = Terms.property(NS, "stage");
    public static final Property status = Terms.property(NS, "status");
    public static final Property endToEndOnline = Terms.property(NS, "endToEndOnline");
    public static final Property step = Terms.property(NS, "step");
    public static final Property position = Terms.property(NS, "position");
    public static final Property publishedChannel = Terms.property(NS, "publishedChannel");
    public static final Property declaredDigital = Terms.property(NS, "declaredDigital");
    public static final Property report = Terms.property(NS, "report");
    public static final Property latestReport = Terms.property(NS, "latestReport");
    public static final Property fiscalYear = Terms.property(NS, "fiscalYear");
    public static final Property program = Terms.property(NS, "program");
    public static final Property programId = Terms.property(NS, "programId");
    public static final Property feedbackChannel = Terms.property(NS, "feedbackChannel");
    public static final Property recipientType = Terms.property(NS, "recipientType");
    public static final Property serviceScope = Terms.property(NS, "serviceScope");
    public static final Property clientTargetGroup = Terms.property(NS, "clientTargetGroup");
    public static final Property serviceFee = Terms.property(NS, "serviceFee");
    public static final Property automatedDecisionSystem = Terms.property(NS, "automatedDecisionSystem");
    public static final Property lastServiceReview = Terms.property(NS, "lastServiceReview");
    public static final Property lastServiceImprovement = Terms.property(NS, "lastServiceImprovement");
    public static final Property sinUsage = Terms.property(NS, "sinUsage");
    public static final Property businessNumberUsage = Terms.property(NS, "businessNumberUsage");
    public static final Property numPhoneEnquiries = Terms.property(NS, "numPhoneEnquiries");
    public static final Property numWebsiteVisits = Terms.property(NS, "numWebsiteVisits");
    public static final Property numApplicationsOnline = Terms.property(NS, "numApplicationsOnline");
    public static final Property numApplicationsByPhone = Terms.property(NS, "numApplicationsByPhone");
    public static final Property numApplicationsInPerson = Terms.property(NS, "numApplicationsInPerson");
    public static final Property numApplicationsByMail = Terms.property(NS, "numApplicationsByMail");
    public static final Property numApplicationsByEmail = Terms.property(NS, "numApplicationsByEmail");
    public static final Property numApplicationsByFax = Terms.property(NS, "numApplicationsByFax");
    public static final Property numApplicationsByOther = Terms.property(NS, "numApplicationsByOther");
    public static final Property numApplicationsTotal = Terms.property(NS, "numApplicationsTotal");
    public static final Property hasStandard = Terms.property(NS, "hasStandard");
    public static final Property standardType = Terms.property(NS, "standardType");
    public static final Property target = Terms.property(NS, "target");
    public static final Property volumeMeetingTarget = Terms.property(NS, "volumeMeetingTarget");
    public static final Property totalVolume = Terms.property(NS, "totalVolume");
    public static final Property performance = Terms.property(NS, "performance");
    public static final Property targetMet = Terms.property(NS, "targetMet");
    public static final Property egdi = Terms.property(NS, "egdi");
    public static final Property osi = Terms.property(NS, "osi");
    public static final Property hci = Terms.property(NS, "hci");
    public static final Property tii = Terms.property(NS, "tii");
    public static final Property epi = Terms.property(NS, "epi");
    public static final Property egdiRank = Terms.property(NS, "egdiRank");
    public static final Property egdiGroup = Terms.property(NS, "egdiGroup");
    /** Ranks govgraph derives within each survey edition (the survey publishes only the EGDI rank). */
    public static final Property osiRank = Terms.property(NS, "osiRank");

    public static final Property hciRank = Terms.property(NS, "hciRank");
    public static final Property tiiRank = Terms.property(NS, "tiiRank");
    public static final Property epiRank = Terms.property(NS, "epiRank");
    public static final Property indicator = Terms.property(NS, "indicator");
    public static final Property observationKind = Terms.property(NS, "observationKind");
    public static final Property value = Terms.property(NS, "value");
    public static final Property unit = Terms.property(NS, "unit");
    public static final Property scope = Terms.property(NS, "scope");
    public static final Property storeRelease = Terms.property(NS, "storeRelease");
    public static final Property releaseId = Terms.property(NS, "releaseId");
    public static final Property sourceId = Terms.property(NS, "sourceId");
    public static final Property rowsRead = Terms.property(NS, "rowsRead");
    public static final Property rowsLoaded = Terms.property(NS, "rowsLoaded");
    public static final Property rowsRejected = Terms.property(NS, "rowsRejected");
    public static final Property search = Terms.property(NS, "search");
    public static final Property incomeGroup = Terms.property(NS, "incomeGroup");
    public static final Property region = Terms.property(NS, "region");
    public static final Property subRegion = Terms.property(NS, "subRegion");
    public static final Property developmentStatus = Terms.property(NS, "developmentStatus");
    public static final Property officialName = Terms.property(NS, "officialName");
}
