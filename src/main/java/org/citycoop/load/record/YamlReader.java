package org.citycoop.load.record;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
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
    /** The deepest nesting of mappings and lists: records need a handful of levels. */
    public static final int MAX_DEPTH = 32;
    /** The most values a file may hold once its aliases are expanded. */
    public static final long MAX_VALUES = 1_000_000;
    private final String file;

    public YamlReader(String file) {
        this.file = file;
    }

    /** The document's top value, or an empty mapping for an empty file. */
    public Value read(String text) {
        InputText.checkFile(text, file);
        LoaderOptions options = options();
        Node root;
        try {
            checkNesting(new Yaml(options).parse(new StringReader(text)));
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            throw new InputException(ErrorId.MALFORMED_RECORDS, at(mark), "malformed YAML: " + problem,
                "well-formed YAML (see docs/records.md)", e);
        }
        if (root == null) {
            return new MapValue(java.util.Map.of(), java.util.Map.of(), new Location(file, 1, 1));
        }
        return new Expansion().expand(root);
    }

    /** SnakeYAML's own limits, set above ours so that ours, which know the position, are met first. */
    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(InputText.MAX_RECORD_FILE_CHARS + 1);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        return options;
    }

    /**
     * Refuses nesting deeper than {@link #MAX_DEPTH}, at the mapping or list that goes too deep, and a file that
     * writes out more than {@link #MAX_VALUES} values, at the first value beyond.
     */
    private void checkNesting(Iterable<Event> events) {
        int depth = 0;
        long values = 0;
        for (Event event : events) {
            boolean value = event instanceof CollectionStartEvent || event instanceof ScalarEvent
                || event instanceof AliasEvent;
            // counted as the parser streams, before a tree of the whole file is built
            if (value && ++values > MAX_VALUES) {
                throw new InputException(ErrorId.INPUT_LIMIT, at(event.getStartMark()), "a file of more than "
                    + MAX_VALUES + " values", "a file of at most " + MAX_VALUES + " values: split it into several files");
            }
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    throw new InputException(ErrorId.INPUT_LIMIT, at(event.getStartMark()),
                        "mappings and lists nested more than " + MAX_DEPTH + " deep", "records nested a few levels deep");
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    /**
     * Turns the composed nodes into values. An alias shares its anchor's node, so a few lines can stand for an
     * exponential number of values, or for a value that contains itself: the expanded size of every node is
     * counted first (once per node), and a file that would expand beyond {@link #MAX_VALUES} is refused at the
     * first value that crosses the limit, before anything is expanded.
     */
    private final class Expansion {
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        private final Set<Node> counting = Collections.newSetFromMap(new IdentityHashMap<>());

        Value expand(Node root) {
            if (size(root) > MAX_VALUES) {
                long used = 1;
                Node crossing = root;
                for (Node child : children(root)) {
                    used += size(child);
                    if (used > MAX_VALUES) {
                        crossing = child;
                        break;
                    }
                }
                throw new InputException(ErrorId.INPUT_LIMIT, at(crossing.getStartMark()), "aliases that make the file "
                    + "expand to more than " + MAX_VALUES + " values", "a file of at most " + MAX_VALUES + " values, aliases expanded");
            }
            return convert(root);
        }

        /** How many values the node stands for once expanded, saturating just above the limit. */
        private long size(Node node) {
            Long known = sizes.get(node);
            if (known != null) {
                return known;
            }
            if (!counting.add(node)) {
                throw new InputException(ErrorId.MALFORMED_RECORDS, at(node.getStartMark()),
                    "an alias to a value that contains it", "values that do not contain themselves");
            }
            long total = 1;
            for (Node child : children(node)) {
                total = Math.min(MAX_VALUES + 1, total + size(child));
            }
            counting.remove(node);
            sizes.put(node, total);
            return total;
        }

        private static List<Node> children(Node node) {
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue();
            }
            if (node instanceof MappingNode mapping) {
                List<Node> children = new ArrayList<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    children.add(tuple.getKeyNode());
                    children.add(tuple.getValueNode());
                }
                return children;
            }
            return List.of();
        }

        private Value convert(Node node) {
            Location location = at(node.getStartMark());
            if (node instanceof ScalarNode scalar) {
                InputText.checkValue(scalar.getValue(), location);
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
                    InputText.checkValue(scalarKey.getValue(), at(key.getStartMark()));
                    builder.put(scalarKey.getValue(), at(key.getStartMark()), convert(tuple.getValueNode()));
                }
                return builder.build();
            }
            throw new InputException(ErrorId.MALFORMED_RECORDS, location, "an alias or unknown YAML node",
                "a value, a list or a mapping");
        }
    }

    private Location at(Mark mark) {
        return mark == null ? new Location(file, 0, 0) : new Location(file, mark.getLine() + 1L, mark.getColumn() + 1L);
    }
}
