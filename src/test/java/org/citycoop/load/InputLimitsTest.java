package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citycoop.InputException;
import org.citycoop.InputText;
import org.citycoop.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limits of record files, met with their position and without filling memory. */
class InputLimitsTest {
    @Test
    void aValueLongerThanTheLimitIsRefusedAtItsPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "source:\n  key: huge\n  title: " + "x".repeat(4 * 1024 * 1024) + "\n");
        InputException error = load(file);
        assertEquals("CC105", error.id().code());
        assertEquals(3, error.line());
        assertEquals(10, error.column());
        assertTrue(error.getMessage().contains("a value of 4194304 characters"), error.getMessage());
    }

    @Test
    void aRecordFileLargerThanTheLimitIsRefusedWhereTheLimitIsReached(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places-large.csv");
        String row = "somewhere,City,Somewhere,jawa-barat\n";
        StringBuilder text = new StringBuilder("key,type,name_en,within\n");
        while (text.length() <= InputText.MAX_RECORD_FILE_CHARS) {
            text.append(row);
        }
        Files.writeString(file, text);
        InputException error = load(file);
        assertEquals("CC105", error.id().code());
        long rowsBefore = (InputText.MAX_RECORD_FILE_CHARS - 24L) / row.length();
        assertEquals(rowsBefore + 2, error.line(), error.getMessage());
    }

    /**
     * A file that writes out more values than a record file may hold is refused as the parser streams it, at the
     * first value beyond the limit, before a tree of the whole file is built.
     */
    @Test
    void aYamlFileOfMoreValuesThanTheLimitIsRefusedAtTheFirstValueBeyond(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many.yaml");
        // values: the top mapping, 'source', its mapping, two keys and two values (7), 'notes' and its list (9)
        int listed = (int) org.citycoop.load.record.YamlReader.MAX_VALUES - 9 + 1;
        StringBuilder text = new StringBuilder("source:\n  key: many\n  title: Many\nnotes:\n");
        for (int i = 0; i < listed; i++) {
            text.append("- ").append(i % 10).append('\n');
        }
        Files.writeString(file, text);
        InputException error = load(file);
        assertEquals("CC105", error.id().code());
        assertEquals(4 + listed, error.line(), error.getMessage());
        assertEquals(3, error.column(), error.getMessage());
        assertTrue(error.getMessage().contains("a file of more than 1000000 values"), error.getMessage());
    }

    private static InputException load(Path file) {
        try (Store store = Store.inMemory()) {
            return assertThrows(InputException.class, () -> Loader.builder().store(store).build().load(List.of(file)));
        }
    }
}
