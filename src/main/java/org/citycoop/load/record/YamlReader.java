package org.citycoop.load.record;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML record file into {@link Value}s that keep line and column. Values are not interpreted:
 * {@code 2023-11-09} and {@code yes} stay text, so that the mapper decides what a field means.
 */
public final class YamlReader {
    private final String file;

    public YamlReader(String file) {
        this.file = file;
    }

    /** The document's top value, or an empty mapping for an empty file. */
    public Value read(Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            throw new InputException(ErrorId.MALFORMED_RECORDS, at(mark), "malformed YAML: " + problem,
                "well-formed YAML (see docs/records.md)", e);
        }
        if (root == null) {
            return new MapValue(java.util.Map.of(), java.util.Map.of(), new Location(file, 1, 1));
        }
        return convert(root);
    }

    private Value convert(Node node) {
        Location location = at(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return new ScalarValue(scalar.getValue(), location);
        }
        if (node instanceof SequenceNode sequence) {
            List<Value> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            return new ListValue(items, location);
        }
        if (node instanceof MappingNode mapping) {
            MapBuilder builder = new MapBuilder(location);
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (!(key instanceof ScalarNode scalarKey)) {
                    throw new InputException(ErrorId.MALFORMED_RECORDS, at(key.getStartMark()),
                        "a complex mapping key", "a field name");
                }
                builder.put(scalarKey.getValue(), at(key.getStartMark()), convert(tuple.getValueNode()));
            }
            return builder.build();
        }
        throw new InputException(ErrorId.MALFORMED_RECORDS, location, "an alias or unknown YAML node",
            "a value, a list or a mapping");
    }

    private Location at(Mark mark) {
        return mark == null ? new Location(file, 0, 0) : new Location(file, mark.getLine() + 1L, mark.getColumn() + 1L);
    }
}
