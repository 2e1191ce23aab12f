package org.citycoop.load.record;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.citycoop.ErrorId;
import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.Location;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a JSON record file into the same {@link Value}s as {@link YamlReader}: JSON records are the same model.
 * Numbers and booleans become their text, as in YAML.
 */
public final class JsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(YamlReader.MAX_DEPTH).maxStringLength(InputText.MAX_VALUE_CHARS).maxNumberLength(100).build()).build();
    private final String file;

    public JsonReader(String file) {
        this.file = file;
    }

    public Value read(String text) {
        InputText.checkFile(text, file);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new MapValue(java.util.Map.of(), java.util.Map.of(), new Location(file, 1, 1));
            }
            Value value = convert(parser);
            if (parser.nextToken() != null) {
                throw new InputException(ErrorId.MALFORMED_RECORDS, at(parser.currentTokenLocation()),
                    "more content after the top value", "one JSON object per file");
            }
            return value;
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            throw new InputException(ErrorId.MALFORMED_RECORDS, at(e.getLocation()), "malformed JSON: " + problem,
                "well-formed JSON (see docs/records.md)", e);
        } catch (IOException e) {
            throw new InputException(ErrorId.UNREADABLE_INPUT, new Location(file, 0, 0),
                "cannot read the file: " + e.getMessage(), "a readable file", e);
        }
    }

    private Value convert(JsonParser parser) throws IOException {
        Location location = at(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                MapBuilder builder = new MapBuilder(location);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Location nameLocation = at(parser.currentTokenLocation());
                    InputText.checkValue(name, nameLocation);
                    parser.nextToken();
                    builder.put(name, nameLocation, convert(parser));
                }
                return builder.build();
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(convert(parser));
                }
                return new ListValue(items, location);
            }
            case VALUE_NULL -> {
                return new ScalarValue("", location);
            }
            default -> {
                InputText.checkValue(parser.getText(), location);
                return new ScalarValue(parser.getText(), location);
            }
        }
    }

    private Location at(JsonLocation location) {
        if (location == null) {
            return new Location(file, 0, 0);
        }
        return new Location(file, location.getLineNr(), location.getColumnNr());
    }
}
