package vn.bca.antq.intake.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;

/**
 * Reads the data sheet of an XLSX workbook. First the zip's table of contents says what the archive is (a workbook,
 * one with macros, an OpenDocument or Word file, any other zip) without unpacking anything; then POI opens it, with
 * its zip-bomb protection (ZipSecureFile: an entry expanding more than 100 times its packed size is refused) and its
 * XML parsers that refuse DOCTYPEs, so no external entity is ever resolved.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static RawTable read(String fileName, byte[] content, int maxRows) throws FileRejectedException {
        checkContents(content);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            try {
                return readDataSheet(fileName, pkg, maxRows);
            } finally {
                pkg.revert();
            }
        } catch (SheetHandler.Stop stop) {
            throw stop.reason;
        } catch (FileRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw isZipBomb(e) ? new FileRejectedException("intake.file.zip-bomb")
                    : new FileRejectedException("intake.file.broken");
        }
    }

    private static RawTable readDataSheet(String fileName, OPCPackage pkg, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        WorkbookSheets workbook;
        try (InputStream workbookXml = reader.getWorkbookData()) {
            workbook = WorkbookSheets.parse(workbookXml);
        }
        List<String> hidden = workbook.hiddenNames();
        if (!hidden.isEmpty()) {
            throw new FileRejectedException("intake.file.hidden-sheets", quoted(hidden));
        }
        WorkbookSheets.Sheet sheet = workbook.dataSheet();
        TableBuilder table = new TableBuilder(fileName, sheet.name(), maxRows);
        SheetHandler handler = new SheetHandler(table, new ReadOnlySharedStringsTable(pkg, false),
                reader.getStylesTable(), workbook.date1904());
        var xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try (InputStream sheetXml = reader.getSheet(sheet.relationId())) {
            xml.parse(new InputSource(sheetXml));
        } catch (NumberFormatException | IndexOutOfBoundsException | DateTimeException e) {
            throw new FileRejectedException("intake.file.broken");
        }
        if (!handler.mergedRanges.isEmpty()) {
            throw new FileRejectedException("intake.file.merged-cells", sheet.name(), handler.mergedRanges.toString());
        }
        if (!handler.formulaCells.isEmpty()) {
            throw new FileRejectedException("intake.file.formulas", sheet.name(), handler.formulaCells.toString());
        }
        if (handler.rowProblem != null) {
            throw handler.rowProblem;
        }
        return table.build();
    }

    /** What the archive holds, judged by its entry names alone (the central directory; nothing is inflated). */
    private static void checkContents(byte[] content) throws FileRejectedException {
        Set<String> names;
        String mimetype = "";
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            names = Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).collect(Collectors.toSet());
            ZipArchiveEntry mimetypeEntry = zip.getEntry("mimetype");
            if (mimetypeEntry != null && mimetypeEntry.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetypeEntry)) {
                    mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException("intake.file.broken");
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            throw new FileRejectedException("intake.file.ods");
        }
        if (names.contains("xl/workbook.bin")) {
            throw new FileRejectedException("intake.file.xls");
        }
        if (names.stream().anyMatch(name -> name.endsWith("vbaProject.bin"))) {
            throw new FileRejectedException("intake.file.macros");
        }
        if (!names.contains("[Content_Types].xml") || names.stream().noneMatch(name -> name.startsWith("xl/"))) {
            throw new FileRejectedException("intake.file.wrong-type", names.stream().anyMatch(name -> name.startsWith("word/"))
                    ? "DOCX" : names.stream().anyMatch(name -> name.startsWith("ppt/")) ? "PPTX" : "ZIP");
        }
    }

    /** POI reports a zip bomb only by its message ("Zip bomb detected! …"), somewhere in the cause chain. */
    private static boolean isZipBomb(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "“" + name + "”").collect(Collectors.joining(", "));
    }
}
