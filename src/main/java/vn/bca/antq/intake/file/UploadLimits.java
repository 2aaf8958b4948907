package vn.bca.antq.intake.file;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every bound an uploaded file is read within, checked before anything is parsed or expanded beyond it, so that no
 * file, however small, can make the server hold more than a fixed amount of memory or time for it. The defaults
 * leave the largest legitimate file (a province's year of model sites, some thousand rows of about a dozen columns)
 * a hundred times the room it needs; docs/SECURITY.md gives the reason for each number and what was tried.
 *
 * @param maxFileBytes    the upload itself
 * @param maxRows         data rows of the sheet
 * @param maxColumns      columns of any row, header included: the templates have at most 16
 * @param maxCells        filled cells of the sheet, and strings of a workbook's shared-string table
 * @param maxTextChars    characters of text in all cells together, and in the shared-string table
 * @param maxPartBytes    any one part of an XLSX package once inflated (the data sheet, its strings, its styles)
 * @param maxUnpackedBytes all parts of an XLSX package inflated together, as declared and as actually read
 * @param maxReadTime     reading and checking one file
 * @param parallelReads   files read at the same time; later ones wait in line, with their place shown
 * @param queuedReads     files waiting at most; beyond that an upload is refused with "try again in a minute"
 */
@ConfigurationProperties("antq.intake")
public record UploadLimits(
        @DefaultValue("10MB") DataSize maxFileBytes,
        @DefaultValue("100000") int maxRows,
        @DefaultValue("64") int maxColumns,
        @DefaultValue("300000") int maxCells,
        @DefaultValue("6000000") int maxTextChars,
        @DefaultValue("48MB") DataSize maxPartBytes,
        @DefaultValue("96MB") DataSize maxUnpackedBytes,
        @DefaultValue("60s") Duration maxReadTime,
        @DefaultValue("2") int parallelReads,
        @DefaultValue("20") int queuedReads) {

    public UploadLimits {
        if (maxRows < 1
                || maxColumns < 1
                || maxCells < 1
                || maxTextChars < 1
                || parallelReads < 1
                || queuedReads < 0
                || maxFileBytes.toBytes() < 1
                || maxPartBytes.toBytes() < 1
                || maxUnpackedBytes.toBytes() < maxPartBytes.toBytes()
                || maxReadTime.isNegative()
                || maxReadTime.isZero()) {
            throw new IllegalArgumentException(
                    "antq.intake: every limit must be positive, and the unpacked total at least one part: " + this);
        }
    }

    /** The limits of a production start with no settings. */
    public static UploadLimits defaults() {
        return new UploadLimits(
                DataSize.ofMegabytes(10),
                100_000,
                64,
                300_000,
                6_000_000,
                DataSize.ofMegabytes(48),
                DataSize.ofMegabytes(96),
                Duration.ofSeconds(60),
                2,
                20);
    }

    public UploadLimits withMaxFileBytes(DataSize size) {
        return new UploadLimits(
                size,
                maxRows,
                maxColumns,
                maxCells,
                maxTextChars,
                maxPartBytes,
                maxUnpackedBytes,
                maxReadTime,
                parallelReads,
                queuedReads);
    }

    public UploadLimits withMaxRows(int rows) {
        return new UploadLimits(
                maxFileBytes,
                rows,
                maxColumns,
                maxCells,
                maxTextChars,
                maxPartBytes,
                maxUnpackedBytes,
                maxReadTime,
                parallelReads,
                queuedReads);
    }

    public UploadLimits withMaxCells(int cells) {
        return new UploadLimits(
                maxFileBytes,
                maxRows,
                maxColumns,
                cells,
                maxTextChars,
                maxPartBytes,
                maxUnpackedBytes,
                maxReadTime,
                parallelReads,
                queuedReads);
    }

    public UploadLimits withMaxReadTime(Duration time) {
        return new UploadLimits(
                maxFileBytes,
                maxRows,
                maxColumns,
                maxCells,
                maxTextChars,
                maxPartBytes,
                maxUnpackedBytes,
                time,
                parallelReads,
                queuedReads);
    }

    public UploadLimits withUnpacked(DataSize part, DataSize total) {
        return new UploadLimits(
                maxFileBytes,
                maxRows,
                maxColumns,
                maxCells,
                maxTextChars,
                part,
                total,
                maxReadTime,
                parallelReads,
                queuedReads);
    }
}
