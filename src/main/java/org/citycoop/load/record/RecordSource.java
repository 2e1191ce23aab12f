package org.citycoop.load.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.load.Source;
import org.citycoop.ontology.CC;
import org.citycoop.ontology.Ontology;
import org.citycoop.ontology.Vocab;

/**
 * A record file (YAML, JSON, or a CSV table read as records): a {@code source} block and sections of records.
 *
 * <pre>{@code
 * Value top = new YamlReader("data/x.yaml").read(reader);
 * Source source = new RecordSource("data/x.yaml", top, digest, Ontology.load());
 * }</pre>
 */
public final class RecordSource implements Source {
    /** Fields every record may have, whatever its section. */
    private static final Set<String> COMMON_FIELDS = Set.of("key", "type", "note", "evidence", "confidence");
    private static final List<SectionMapper> MAPPERS = List.of(new PlaceMapper(), new OrganisationMapper(),
        new PostMapper(), new PersonMapper(), new EventMapper(), new AgreementMapper(), new ProgrammeMapper(),
        new CooperationMapper(), new SystemMapper(), new RatingMapper(), new ObservationMapper());

    private final String file;
    private final String digest;
    private final Ontology ontology;
    private final SourceBlock source;
    private final List<Item> items = new ArrayList<>();

    private record Item(Fields fields, Definition definition, SectionMapper mapper) {
    }

    public RecordSource(String file, Value top, String digest, Ontology ontology) {
        this.file = file;
        this.digest = digest;
        this.ontology = ontology;
        Map<String, SectionMapper> bySection = new LinkedHashMap<>();
        MAPPERS.forEach(m -> bySection.put(m.family().section(), m));
        Set<String> allowed = new TreeSet<>(bySection.keySet());
        allowed.add("source");
        Fields fields = new Fields(top, "a record file", allowed);
        if (!fields.has("source")) {
            throw new InputException(ErrorId.MISSING_FIELD, fields.location(), "a record file without 'source'",
                "a 'source' block that says where the records come from (see docs/records.md)");
        }
        this.source = new SourceBlock(fields.value("source"), ontology);
        Node graph = NodeFactory.createURI(CC.GRAPH + source.key());
        for (SectionMapper mapper : MAPPERS) {
            for (Value record : fields.records(mapper.family().section())) {
                Set<String> allowedFields = new java.util.HashSet<>(mapper.fields());
                allowedFields.addAll(COMMON_FIELDS);
                Fields f = new Fields(record, mapper.family().noun(), allowedFields);
                String key = Emitter.checkKey(f.requiredScalar("key"));
                Node type = Emitter.resolveType(ontology, f, mapper.family(), mapper.defaultType());
                Definition definition = new Definition(key, mapper.family(), mapper.family().iri(key, type), type,
                    f.at("key"), graph);
                items.add(new Item(f, definition, mapper));
            }
        }
    }

    @Override
    public String key() {
        return source.key();
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public String digest() {
        return digest;
    }

    @Override
    public String method() {
        return source.method();
    }

    @Override
    public java.util.Optional<String> textDigest() {
        return java.util.Optional.ofNullable(source.fields().text("sha256")).map(String::trim);
    }

    /** Curated records are CityCoop's own work; drafts extracted from reports are not given a licence. */
    @Override
    public java.util.Optional<org.citycoop.ontology.Licence.Terms> terms() {
        return "curated".equals(method()) ? java.util.Optional.of(new org.citycoop.ontology.Licence.Terms(
            org.citycoop.ontology.Licence.CC_BY_4, "CityCoop's curators")) : java.util.Optional.empty();
    }

    @Override
    public String confidence() {
        return source.confidence();
    }

    @Override
    public Node sourceIri() {
        return source.iri();
    }

    @Override
    public List<Definition> definitions() {
        return items.stream().map(Item::definition).toList();
    }

    /** Writes the records, parsed whole beforehand: the file's bytes are told as read once, at the end. */
    @Override
    public void emit(StreamRDF out, KeyIndex keys, Provenance provenance, java.util.function.LongConsumer bytesRead) {
        Emitter emitter = new Emitter(out, keys, ontology, provenance, source.excerpts());
        source.emit(emitter);
        for (Item item : items) {
            Definition d = item.definition();
            emitter.record(d.iri(), d.family().noun().replaceFirst("^an? ", "") + " '" + d.key() + "'",
                item.fields().location());
            emitter.type(d.iri(), d.type());
            emitter.key(d.iri(), d.key());
            item.mapper().emit(item.fields(), d, emitter);
            emitter.text(d.iri(), Vocab.RDFS_COMMENT, item.fields(), "note");
            emitter.evidence(d.iri(), item.fields());
            emitter.confidence(d.iri(), item.fields());
        }
        bytesRead.accept(size());
    }
}
