# Inference rules of the CityCoop store: SPARQL updates run in rounds until nothing new follows.
# They read the union of all graphs (ontology included) and write to the inferred graph only.
PREFIX cc:   <https://w3id.org/citycoop/ontology/>
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl:  <http://www.w3.org/2002/07/owl#>
PREFIX inf:  <https://w3id.org/citycoop/graph/>

# super-classes
INSERT { GRAPH inf:inferred { ?x a ?super } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?c rdfs:subClassOf+ ?super . FILTER(isIRI(?super)) ?x a ?c } } ;

# super-properties
INSERT { GRAPH inf:inferred { ?s ?q ?o } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?p rdfs:subPropertyOf+ ?q . ?s ?p ?o } } ;

# symmetric properties
INSERT { GRAPH inf:inferred { ?o ?p ?s } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?p a owl:SymmetricProperty . ?s ?p ?o } } ;

# inverse properties, both ways
INSERT { GRAPH inf:inferred { ?o ?q ?s } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { { ?p owl:inverseOf ?q } UNION { ?q owl:inverseOf ?p } ?s ?p ?o . FILTER(isIRI(?o) || isBlank(?o)) } } ;

# transitive properties (the place hierarchy, sub-organisations)
INSERT { GRAPH inf:inferred { ?a ?p ?c } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?p a owl:TransitiveProperty . ?a ?p ?b . ?b ?p ?c . FILTER(?a != ?c) } } ;

# places with the same official code are the same place: a gazetteer's entry and a curated record meet
INSERT { GRAPH inf:inferred { ?a <http://www.w3.org/2004/02/skos/core#exactMatch> ?b } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> {
           { ?a cc:kemendagriCode ?code . ?b cc:kemendagriCode ?code }
           UNION { ?a cc:lgCode ?code . ?b cc:lgCode ?code }
           UNION { ?a cc:geonamesId ?code . ?b cc:geonamesId ?code }
           UNION { ?a cc:iso3166Code ?code . ?b cc:iso3166Code ?code }
           FILTER(?a != ?b) } } ;

# a tenure makes its holder hold the post and belong to the post's organisation
INSERT { GRAPH inf:inferred { ?person org:holds ?post . ?tenure org:organization ?org . ?person org:memberOf ?org } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?tenure a cc:Tenure ; cc:holder ?person ; cc:post ?post . ?post org:postIn ?org } } ;

# a participation makes its agent a participant of the event
INSERT { GRAPH inf:inferred { ?event cc:participant ?agent . ?agent cc:involvedIn ?event } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?participation a cc:Participation ; cc:inEvent ?event ; cc:agent ?agent } } ;

# agents involved in agreements, cooperations and programmes
INSERT { GRAPH inf:inferred { ?agent cc:involvedIn ?thing } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> {
           { ?thing cc:party ?agent } UNION { ?thing cc:partner ?agent } UNION { ?thing cc:runBy ?agent }
           UNION { ?thing cc:facilitatedBy ?agent } UNION { ?thing cc:host ?agent } UNION { ?thing cc:visitor ?agent }
           ?agent a <http://xmlns.com/foaf/0.1/Agent> } } ;

# two organisations that are partners of one cooperation or parties of one agreement are partners
INSERT { GRAPH inf:inferred { ?a cc:partnerOf ?b } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> {
           { ?c cc:partner ?a , ?b } UNION { ?c cc:party ?a , ?b }
           FILTER(?a != ?b) ?a a <http://xmlns.com/foaf/0.1/Agent> . ?b a <http://xmlns.com/foaf/0.1/Agent> } } ;

# the place an organisation stands for: the place its government governs, or an alliance's member places
INSERT { GRAPH inf:inferred { ?org cc:representsPlace ?place } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> {
           { ?org cc:governs ?place }
           UNION { ?org org:transitiveSubOrganizationOf ?government . ?government cc:governs ?place }
           UNION { ?org a cc:Alliance ; cc:memberPlace ?place } } } ;

# a person holding a post in a government (or a unit of one) is an official of the place it stands for
INSERT { GRAPH inf:inferred { ?person cc:officialOf ?place } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> {
           ?tenure a cc:Tenure ; cc:holder ?person ; cc:post ?post . ?post org:postIn ?org .
           ?org cc:representsPlace ?place . ?org a cc:Government } } ;

# twinnings make their places twinned (and so cooperating, by the super-property rule)
INSERT { GRAPH inf:inferred { ?a cc:twinnedWith ?b } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> { ?t a cc:Twinning ; cc:twin ?a , ?b . FILTER(?a != ?b) } } ;

# places cooperate when their governments (or they themselves) are partners of a cooperation or parties of an agreement;
# an island has no government to cooperate, and a group of organisations (an association of cities) makes its member
# places cooperate, not the countries its members lie in
INSERT { GRAPH inf:inferred { ?p1 cc:cooperatesWith ?p2 } }
WHERE  { GRAPH <urn:x-arq:UnionGraph> {
           { ?c a cc:Cooperation ; cc:partner ?a , ?b } UNION { ?c a cc:Agreement ; cc:party ?a , ?b }
           FILTER(?a != ?b)
           { ?a cc:representsPlace ?p1 } UNION { ?a a cc:Place . BIND(?a AS ?p1) }
           { ?b cc:representsPlace ?p2 } UNION { ?b a cc:Place . BIND(?b AS ?p2) }
           FILTER(?p1 != ?p2)
           FILTER NOT EXISTS { ?p1 a cc:Island } FILTER NOT EXISTS { ?p2 a cc:Island }
           FILTER NOT EXISTS { ?a a cc:OrganisationGroup . ?p1 a cc:Country }
           FILTER NOT EXISTS { ?b a cc:OrganisationGroup . ?p2 a cc:Country } } }
