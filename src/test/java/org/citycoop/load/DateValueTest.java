package org.citycoop.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.citycoop.InputException;
import org.citycoop.Location;
import org.citycoop.load.record.DateValue;
import org.citycoop.load.record.ScalarValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateValueTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource({
        "2023-11-09, day, 2023-11-09, 2023-11-09",
        "2023-W46, week, 2023-11-13, 2023-11-19",
        "2020-W53, week, 2020-12-28, 2021-01-03",
        "2023-07, month, 2023-07-01, 2023-07-31",
        "2024-02, month, 2024-02-01, 2024-02-29",
        "2017, year, 2017-01-01, 2017-12-31"})
    void aDateHasItsPrecisionAndRange(String text, String precision, String earliest, String latest) {
        DateValue date = DateValue.parse(new ScalarValue(text, new Location("f.yaml", 3, 7)));
        assertEquals(precision, date.precision().getLocalName());
        assertEquals(earliest, date.earliest().toString());
        assertEquals(latest, date.latest().toString());
    }

    @ParameterizedTest
    @CsvSource({"2023-13-09", "2017-02-30", "2023-W54", "9 November 2023", "23-11-09", "2023/11/09"})
    void somethingElseIsRefusedAtItsPlace(String text) {
        InputException error = assertThrows(InputException.class,
            () -> DateValue.parse(new ScalarValue(text, new Location("f.yaml", 3, 7))));
        assertEquals(3, error.line());
        assertEquals(7, error.column());
        assertEquals(DateValue.EXPECTED, error.expected());
    }
}
