package vn.bca.antq.intake.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an XLSX package, read from its central directory and inflated one at a time, only those asked for,
 * each through a stream that counts what it really inflates: a part may not grow past {@link UploadLimits#maxPartBytes},
 * all parts together past {@link UploadLimits#maxUnpackedBytes}, nor a part beyond a hundred times its packed size (a
 * zip bomb). The sizes the directory declares are checked first and the real ones while reading, because a crafted
 * archive may declare anything.
 */
final class ZipParts implements AutoCloseable {

    /** More entries than any workbook has; a directory of millions would cost memory before anything is read. */
    static final int MOST_ENTRIES = 2_000;
    /** Real workbooks compress their XML 5 to 30 times; a part inflating beyond this ratio is a bomb. */
    private static final int MOST_RATIO = 100;
    /** The ratio is judged only past this size: tiny parts of repeated text compress extremely and are harmless. */
    private static final long RATIO_GRACE = 1024 * 1024;

    /** An inflating stream went past a limit; carries the refusal through the XML parser. */
    static final class LimitExceeded extends IOException {
        final FileRejectedException reason;

        LimitExceeded(FileRejectedException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;
    private final UploadLimits limits;
    private long unpacked;

    private ZipParts(ZipFile zip, Map<String, ZipArchiveEntry> entries, UploadLimits limits) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
    }

    static ZipParts open(byte[] content, UploadLimits limits) throws FileRejectedException {
        ZipFile zip;
        try {
            zip = ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                    .setUseUnicodeExtraFields(false)
                    .get();
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException("intake.file.broken");
        }
        try {
            Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
            long declared = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entries.size() == MOST_ENTRIES) {
                    throw new FileRejectedException("intake.file.too-many-parts", MOST_ENTRIES);
                }
                entries.put(entry.getName(), entry);
                long size = Math.max(entry.getSize(), 0);
                if (size > limits.maxPartBytes().toBytes()) {
                    throw partTooLarge(entry.getName(), limits);
                }
                declared += size;
                if (declared > limits.maxUnpackedBytes().toBytes()) {
                    throw unpackedTooLarge(limits);
                }
            }
            return new ZipParts(zip, entries, limits);
        } catch (RuntimeException e) { // a FileRejectedException, or the zip library's own failure
            closeQuietly(zip);
            throw e instanceof FileRejectedException refusal
                    ? refusal
                    : new FileRejectedException("intake.file.broken");
        }
    }

    Set<String> names() {
        return entries.keySet();
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The part's inflated bytes as a bounded stream, or null when the package has no such part. */
    @Nullable
    InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = entries.get(name);
        if (entry == null) {
            return null;
        }
        return new Bounded(zip.getInputStream(entry), name, Math.max(entry.getCompressedSize(), 1));
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static FileRejectedException partTooLarge(String name, UploadLimits limits) {
        return new FileRejectedException(
                "intake.file.part-too-large",
                name,
                Sizes.megabytes(limits.maxPartBytes().toBytes()));
    }

    private static FileRejectedException unpackedTooLarge(UploadLimits limits) {
        return new FileRejectedException(
                "intake.file.unpacked-too-large",
                Sizes.megabytes(limits.maxUnpackedBytes().toBytes()));
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // an in-memory channel has nothing to release
        }
    }

    /** Counts inflated bytes of one part against the part's, the package's and the ratio's limits. */
    private final class Bounded extends FilterInputStream {

        private final String name;
        private final long packed;
        private long read;

        Bounded(InputStream in, String name, long packed) {
            super(in);
            this.name = name;
            this.packed = packed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws LimitExceeded {
            read += n;
            unpacked += n;
            if (read > limits.maxPartBytes().toBytes()) {
                throw new LimitExceeded(partTooLarge(name, limits));
            }
            if (unpacked > limits.maxUnpackedBytes().toBytes()) {
                throw new LimitExceeded(unpackedTooLarge(limits));
            }
            if (read > RATIO_GRACE && read > packed * MOST_RATIO) {
                throw new LimitExceeded(new FileRejectedException("intake.file.zip-bomb"));
            }
        }
    }
}
