package vn.bca.antq.intake.file;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;

/**
 * Text as it is read, refused at the first NUL character (a damaged file: no spreadsheet writes one), with the line it
 * is on; and a look at the start without consuming it.
 */
final class NulGuard extends FilterReader {

    /** Thrown by a read that met a NUL character. */
    static final class NulFound extends IOException {
        final long line;

        NulFound(long line) {
            super("NUL character on line " + line);
            this.line = line;
        }
    }

    private long line = 1;

    NulGuard(BufferedReader in) {
        super(in);
    }

    /** Up to {@code length} characters from the current position, which stays where it is. */
    String peek(int length) throws IOException {
        BufferedReader buffered = (BufferedReader) in;
        buffered.mark(length);
        char[] head = new char[length];
        int filled = 0;
        for (int n; filled < length && (n = buffered.read(head, filled, length - filled)) > 0; ) {
            filled += n;
        }
        buffered.reset();
        return new String(head, 0, filled);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            check((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            check(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long count) throws IOException {
        long skipped = 0;
        while (skipped < count && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    private void check(char c) throws NulFound {
        if (c == '\n') {
            line++;
        } else if (c == '\0') {
            throw new NulFound(line);
        }
    }
}
