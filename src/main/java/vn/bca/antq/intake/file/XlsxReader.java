package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;

/**
 * Reads the data sheet of an XLSX workbook straight from its zip, part by part, as streams: first the zip's table of
 * contents says what the archive is (a workbook, one with macros, an OpenDocument or Word file, any other zip) and
 * whether its declared sizes fit the limits; then only the parts a table needs are inflated, each bounded by
 * {@link ZipParts}: the package and workbook relationships, the workbook's sheet list, the styles (which numbers are
 * dates), the shared strings and the one data sheet. Every XML part goes through POI's hardened parser, which refuses
 * DOCTYPEs, so no external entity is ever resolved. Nothing is built as a document tree: memory stays bounded by the
 * limits whatever the file declares.
 */
final class XlsxReader {

    private static final int MOST_STYLES = 65_536;

    private XlsxReader() {}

    static RawTable read(
            String fileName, byte[] content, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws FileRejectedException {
        try (ZipParts parts = ZipParts.open(content, limits)) {
            if (isOpenDocumentSpreadsheet(parts)) {
                return OdsReader.read(fileName, parts, limits, deadline, isHeader);
            }
            checkContents(parts);
            return readDataSheet(fileName, parts, limits, deadline, isHeader);
        } catch (FileRejectedException e) {
            throw e;
        } catch (Exception e) {
            FileRejectedException carried = carried(e);
            throw carried != null ? carried : new FileRejectedException("intake.file.broken");
        }
    }

    /**
     * The data sheet is the first sheet (those named "Dữ liệu" or "Data" first) with the header row; when none has it,
     * the sheet so named or the first is read as it is, so that the message says which columns it lacks.
     */
    private static RawTable readDataSheet(
            String fileName, ZipParts parts, UploadLimits limits, Deadline deadline, Predicate<List<String>> isHeader)
            throws Exception {
        String workbookPart = PackageRelations.parse(parts.open("_rels/.rels"), "")
                .partOfType(PackageRelations.OFFICE_DOCUMENT)
                .orElse("xl/workbook.xml");
        InputStream workbookXml = parts.open(workbookPart);
        if (workbookXml == null) {
            throw new FileRejectedException("intake.file.broken");
        }
        WorkbookSheets workbook;
        try (workbookXml) {
            workbook = WorkbookSheets.parse(workbookXml);
        }
        PackageRelations relations = PackageRelations.parse(
                parts.open(PackageRelations.relsOf(workbookPart)), PackageRelations.folderOf(workbookPart));
        DateStyles styles = DateStyles.parse(
                open(parts, relations.partOfType(PackageRelations.STYLES).orElse(null)), MOST_STYLES);
        List<String> strings = SharedStrings.parse(
                open(
                        parts,
                        relations.partOfType(PackageRelations.SHARED_STRINGS).orElse(null)),
                limits.maxCells(),
                limits.maxTextChars());
        Workbook book = new Workbook(fileName, parts, relations, workbook, styles, strings, limits, deadline);
        return workbook.readDataSheet(book::read, isHeader, deadline);
    }

    /** What reading any one sheet of the workbook needs. */
    private record Workbook(
            String fileName,
            ZipParts parts,
            PackageRelations relations,
            WorkbookSheets sheets,
            DateStyles styles,
            List<String> strings,
            UploadLimits limits,
            Deadline deadline) {

        RawTable read(WorkbookSheets.Sheet sheet, Predicate<List<String>> isHeader) throws Exception {
            deadline.check();
            String sheetPart = relations
                    .part(sheet.relationId())
                    .orElseThrow(() -> new FileRejectedException("intake.file.broken"));
            TableBuilder table = new TableBuilder(fileName, sheet.name(), limits, deadline, isHeader);
            SheetHandler handler = new SheetHandler(table, strings, styles, sheets.date1904(), limits.maxColumns());
            InputStream sheetXml = parts.open(sheetPart);
            if (sheetXml == null) {
                throw new FileRejectedException("intake.file.broken");
            }
            var xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            try (sheetXml) {
                xml.parse(new InputSource(sheetXml));
            } catch (SheetHandler.Stop stop) {
                throw stop.reason;
            } catch (NumberFormatException | IndexOutOfBoundsException | DateTimeException e) {
                throw new FileRejectedException("intake.file.broken");
            }
            if (table.hasHeaders() && !handler.formulaCells.isEmpty()) {
                throw new FileRejectedException("intake.file.formulas", sheet.name(), handler.formulaCells.toString());
            }
            return table.finish(handler.merged, handler.computedFormulas);
        }
    }

    private static @Nullable InputStream open(ZipParts parts, @Nullable String part) throws IOException {
        return part == null ? null : parts.open(part);
    }

    /** Whether the archive is an OpenDocument spreadsheet, by its mimetype entry (a few bytes). */
    private static boolean isOpenDocumentSpreadsheet(ZipParts parts) throws IOException {
        InputStream mimetypeEntry = parts.open("mimetype");
        if (mimetypeEntry == null) {
            return false;
        }
        try (mimetypeEntry) {
            return new String(mimetypeEntry.readNBytes(200), StandardCharsets.US_ASCII)
                    .startsWith("application/vnd.oasis.opendocument.spreadsheet");
        }
    }

    /** What the archive holds, judged by its entry names. */
    private static void checkContents(ZipParts parts) throws FileRejectedException {
        Set<String> names = parts.names();
        if (names.contains("xl/workbook.bin")) {
            throw new FileRejectedException("intake.file.xlsb");
        }
        if (names.stream().anyMatch(name -> name.endsWith("vbaProject.bin"))) {
            throw new FileRejectedException("intake.file.macros");
        }
        if (!names.contains("[Content_Types].xml") || names.stream().noneMatch(name -> name.startsWith("xl/"))) {
            throw new FileRejectedException(
                    "intake.file.wrong-type",
                    names.stream().anyMatch(name -> name.startsWith("word/"))
                            ? "DOCX"
                            : names.stream().anyMatch(name -> name.startsWith("ppt/")) ? "PPTX" : "ZIP");
        }
    }

    /** A refusal raised inside the XML parser or an inflating stream, wherever in the cause chain it travels. */
    private static @Nullable FileRejectedException carried(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SheetHandler.Stop stop) {
                return stop.reason;
            }
            if (cause instanceof ZipParts.LimitExceeded exceeded) {
                return exceeded.reason;
            }
            if (cause instanceof FileRejectedException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
