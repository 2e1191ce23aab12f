package org.citycoop.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the CityCoop ontology ({@code ontology/citycoop.ttl}) and the namespaces of its data, as Jena nodes.
 * Every IRI the code writes comes from here or from {@link Vocab}.
 *
 * <pre>{@code
 * stream.triple(Triple.create(bandung, Vocab.RDF_TYPE, CC.City));
 * }</pre>
 */
public final class CC {
    /** The root under which every CityCoop IRI lives. Independent of the host that serves it. */
    public static final String BASE = "https://w3id.org/citycoop/";
    /** Namespace of the ontology's classes and properties. */
    public static final String NS = BASE + "ontology/";
    /** The ontology itself. */
    public static final String ONTOLOGY = BASE + "ontology";
    /** Namespace of entities described by records. */
    public static final String ID = BASE + "id/";
    /** Namespace of named graphs. */
    public static final String GRAPH = BASE + "graph/";
    public static final String TOPIC = BASE + "topic/";
    public static final String STATUS = BASE + "status/";
    public static final String ROLE = BASE + "role/";
    public static final String PRECISION = BASE + "precision/";
    public static final String METHOD = BASE + "method/";
    public static final String MEASURE = BASE + "measure/";
    public static final String APPROXIMATION = BASE + "approximation/";
    public static final String SHAPES = BASE + "shapes/";

    /** The named graph that holds the ontology and its schemes inside a store. */
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(GRAPH + "ontology");
    /** The named graph that holds what the loader's inference step derived. */
    public static final Node INFERRED_GRAPH = NodeFactory.createURI(GRAPH + "inferred");
    /** The named graph that holds removed triples for the while of a write's derivation; empty once it commits. */
    public static final Node RETRACTING_GRAPH = NodeFactory.createURI(GRAPH + "retracting");

    private CC() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    // Classes
    public static final Node Place = term("Place");
    public static final Node Country = term("Country");
    public static final Node AdministrativeRegion = term("AdministrativeRegion");
    public static final Node FirstLevelRegion = term("FirstLevelRegion");
    public static final Node Province = term("Province");
    public static final Node Prefecture = term("Prefecture");
    public static final Node Municipality = term("Municipality");
    public static final Node City = term("City");
    public static final Node Regency = term("Regency");
    public static final Node District = term("District");
    public static final Node Island = term("Island");
    public static final Node Venue = term("Venue");
    public static final Node PopulatedPlace = term("PopulatedPlace");
    public static final Node UnresolvedPlace = term("UnresolvedPlace");
    public static final Node Organisation = term("Organisation");
    public static final Node Government = term("Government");
    public static final Node LocalGovernment = term("LocalGovernment");
    public static final Node Ministry = term("Ministry");
    public static final Node OrganisationalUnit = term("OrganisationalUnit");
    public static final Node Council = term("Council");
    public static final Node Alliance = term("Alliance");
    public static final Node Company = term("Company");
    public static final Node NonProfitOrganisation = term("NonProfitOrganisation");
    public static final Node EducationalInstitution = term("EducationalInstitution");
    public static final Node CareHome = term("CareHome");
    public static final Node OrganisationGroup = term("OrganisationGroup");
    public static final Node Delegation = term("Delegation");
    public static final Node Person = term("Person");
    public static final Node Post = term("Post");
    public static final Node Tenure = term("Tenure");
    public static final Node Role = term("Role");
    public static final Node Event = term("Event");
    public static final Node Visit = term("Visit");
    public static final Node Hosting = term("Hosting");
    public static final Node Meeting = term("Meeting");
    public static final Node Teleconference = term("Teleconference");
    public static final Node Conference = term("Conference");
    public static final Node Signing = term("Signing");
    public static final Node Participation = term("Participation");
    public static final Node Agreement = term("Agreement");
    public static final Node LetterOfIntent = term("LetterOfIntent");
    public static final Node MemorandumOfUnderstanding = term("MemorandumOfUnderstanding");
    public static final Node SisterCityAgreement = term("SisterCityAgreement");
    public static final Node CooperationAgreement = term("CooperationAgreement");
    public static final Node JointAgreement = term("JointAgreement");
    public static final Node Status = term("Status");
    public static final Node Programme = term("Programme");
    public static final Node TrainingProgramme = term("TrainingProgramme");
    public static final Node DegreeProgramme = term("DegreeProgramme");
    public static final Node InternshipProgramme = term("InternshipProgramme");
    public static final Node Cooperation = term("Cooperation");
    public static final Node Observation = term("Observation");
    public static final Node Measure = term("Measure");
    public static final Node Approximation = term("Approximation");
    public static final Node GovernmentSystem = term("GovernmentSystem");
    public static final Node Rating = term("Rating");
    public static final Node Twinning = term("Twinning");
    public static final Node Topic = term("Topic");
    public static final Node Source = term("Source");
    public static final Node NewsArticle = term("NewsArticle");
    public static final Node CuratedRecord = term("CuratedRecord");
    public static final Node Dataset = term("Dataset");
    public static final Node Excerpt = term("Excerpt");
    public static final Node SourceGraph = term("SourceGraph");
    public static final Node DatePrecision = term("DatePrecision");
    public static final Node Method = term("Method");

    // Properties
    public static final Node within = term("within");
    public static final Node locatedIn = term("locatedIn");
    public static final Node contains = term("contains");
    public static final Node kemendagriCode = term("kemendagriCode");
    public static final Node iso3166Code = term("iso3166Code");
    public static final Node lgCode = term("lgCode");
    public static final Node geonamesId = term("geonamesId");
    public static final Node geonamesAdminCode = term("geonamesAdminCode");
    public static final Node wikidataId = term("wikidataId");
    public static final Node featureCode = term("featureCode");
    public static final Node population = term("population");
    public static final Node degree = term("degree");
    public static final Node weightedDegree = term("weightedDegree");
    public static final Node betweenness = term("betweenness");
    public static final Node closeness = term("closeness");
    public static final Node component = term("component");
    public static final Node community = term("community");
    public static final Node rankInCountry = term("rankInCountry");
    public static final Node canonical = term("canonical");
    public static final Node countryCode = term("countryCode");
    public static final Node countryName = term("countryName");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node governs = term("governs");
    public static final Node governedBy = term("governedBy");
    public static final Node basedIn = term("basedIn");
    public static final Node memberPlace = term("memberPlace");
    public static final Node holder = term("holder");
    public static final Node post = term("post");
    public static final Node acting = term("acting");
    public static final Node titleAsStated = term("titleAsStated");
    public static final Node attestedOn = term("attestedOn");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node date = term("date");
    public static final Node earliest = term("earliest");
    public static final Node latest = term("latest");
    public static final Node datePrecision = term("datePrecision");
    public static final Node dateQualifier = term("dateQualifier");
    public static final Node startTime = term("startTime");
    public static final Node endTime = term("endTime");
    public static final Node place = term("place");
    public static final Node venue = term("venue");
    public static final Node host = term("host");
    public static final Node visitor = term("visitor");
    public static final Node participation = term("participation");
    public static final Node inEvent = term("inEvent");
    public static final Node agent = term("agent");
    public static final Node role = term("role");
    public static final Node onBehalfOf = term("onBehalfOf");
    public static final Node inCapacityOf = term("inCapacityOf");
    public static final Node inDelegation = term("inDelegation");
    public static final Node participant = term("participant");
    public static final Node sentBy = term("sentBy");
    public static final Node leader = term("leader");
    public static final Node followsUp = term("followsUp");
    public static final Node followedUpBy = term("followedUpBy");
    public static final Node partOfEvent = term("partOfEvent");
    public static final Node hasPart = term("hasPart");
    public static final Node concerns = term("concerns");
    public static final Node party = term("party");
    public static final Node signatory = term("signatory");
    public static final Node intendedSignatory = term("intendedSignatory");
    public static final Node requiresApprovalOf = term("requiresApprovalOf");
    public static final Node draftedBy = term("draftedBy");
    public static final Node status = term("status");
    public static final Node nextStep = term("nextStep");
    public static final Node stepOrder = term("stepOrder");
    public static final Node runBy = term("runBy");
    public static final Node observationAbout = term("observationAbout");
    public static final Node measure = term("measure");
    public static final Node value = term("value");
    public static final Node approximation = term("approximation");
    public static final Node operatedBy = term("operatedBy");
    public static final Node presents = term("presents");
    public static final Node ratingOf = term("ratingOf");
    public static final Node ratingScheme = term("ratingScheme");
    public static final Node grade = term("grade");
    public static final Node ratedBy = term("ratedBy");
    public static final Node supersedes = term("supersedes");
    public static final Node partner = term("partner");
    public static final Node facilitatedBy = term("facilitatedBy");
    public static final Node partOfProgramme = term("partOfProgramme");
    public static final Node hostedIn = term("hostedIn");
    public static final Node participantsFrom = term("participantsFrom");
    public static final Node through = term("through");
    public static final Node twin = term("twin");
    public static final Node topic = term("topic");
    public static final Node cooperatesWith = term("cooperatesWith");
    public static final Node twinnedWith = term("twinnedWith");
    public static final Node partnerOf = term("partnerOf");
    public static final Node involvedIn = term("involvedIn");
    public static final Node representsPlace = term("representsPlace");
    public static final Node officialOf = term("officialOf");
    public static final Node key = term("key");
    public static final Node statedIn = term("statedIn");
    public static final Node mentions = term("mentions");
    public static final Node excerptOf = term("excerptOf");
    public static final Node paragraph = term("paragraph");
    public static final Node beginIndex = term("beginIndex");
    public static final Node endIndex = term("endIndex");
    public static final Node sha256 = term("sha256");
    public static final Node text = term("text");
    public static final Node method = term("method");
    public static final Node confidence = term("confidence");
    public static final Node contentDigest = term("contentDigest");
    public static final Node loadedFrom = term("loadedFrom");
    public static final Node filePath = term("filePath");
    public static final Node fileStamp = term("fileStamp");
    public static final Node publisherName = term("publisherName");
}
