package org.citycoop.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

import org.apache.commons.io.input.ObservableInputStream;

/** An input stream that tells how many bytes each read went through, for the progress of a source that streams. */
public final class CountedInput {
    private CountedInput() {
    }

    /** {@code in}, telling {@code bytesRead} the size of every read as it happens. */
    public static InputStream of(InputStream in, LongConsumer bytesRead) {
        ObservableInputStream observed = new ObservableInputStream(in);
        observed.add(new ObservableInputStream.Observer() {
            @Override
            public void data(int value) throws IOException {
                bytesRead.accept(1);
            }

            @Override
            public void data(byte[] buffer, int offset, int length) throws IOException {
                bytesRead.accept(length);
            }
        });
        return observed;
    }
}
