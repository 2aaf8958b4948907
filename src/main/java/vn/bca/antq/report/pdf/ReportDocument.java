package vn.bca.antq.report.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;

/**
 * A report being written: A4 portrait, DejaVu Sans embedded (Identity-H, subset: every Vietnamese letter shows and
 * the text can be searched and copied), a page number on every page, and the blocks both reports are made of.
 */
final class ReportDocument {

    static final Color TEXT = new Color(0x21, 0x21, 0x21);
    static final Color MUTED = new Color(0x61, 0x61, 0x61);
    static final Color RULE = new Color(0xbd, 0xbd, 0xbd);
    private static final Color HEADER_FILL = new Color(0xee, 0xf2, 0xf7);
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    final ReportText text;
    final BaseFont regular;
    final BaseFont bold;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    private final PdfWriter writer;

    ReportDocument(ReportText text, String title, String author) {
        this.text = text;
        try {
            regular =
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            bold = BaseFont.createFont(
                    "DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        document.addTitle(nfc(title));
        document.addAuthor(nfc(author));
        document.addCreator("ANTQ Dashboard");
        writer.getExtraCatalog()
                .put(PdfName.LANG, new PdfString(text.language().locale().toLanguageTag()));
        document.open();
    }

    float width() {
        return document.right() - document.left();
    }

    Font font(float size) {
        return new Font(regular, size, Font.NORMAL, TEXT);
    }

    Font boldFont(float size) {
        return new Font(bold, size, Font.NORMAL, TEXT);
    }

    void title(String title, String... lines) {
        Paragraph heading = new Paragraph(nfc(title), boldFont(15));
        heading.setSpacingAfter(6);
        add(heading);
        for (String line : lines) {
            add(new Paragraph(nfc(line), new Font(regular, 9, Font.NORMAL, MUTED)));
        }
    }

    void heading(String heading) {
        Paragraph paragraph = new Paragraph(nfc(heading), boldFont(12));
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        add(paragraph);
    }

    void paragraph(String line, float size) {
        add(new Paragraph(nfc(line), font(size)));
    }

    void newPage() {
        document.newPage();
    }

    /** A table with a header row (repeated on every page it spans); widths are relative. */
    PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (String header : headers) {
            PdfPCell cell = cell(header, boldFont(7.5f), Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    void cell(PdfPTable table, String value, boolean number) {
        table.addCell(cell(value, font(7.5f), number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(nfc(value), font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        cell.setPadding(3);
        return cell;
    }

    /** A drawing made on the page's content stream (map, chart), placed in the flow like a picture. */
    void drawing(float width, float height, Consumer<PdfContentByte> painter) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        painter.accept(template);
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(4);
        add(image);
    }

    void add(Element element) {
        document.add(element);
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** Writes text at a point of a drawing, in one of the embedded fonts. */
    static void write(
            PdfContentByte canvas,
            BaseFont font,
            float size,
            Color colour,
            String value,
            float x,
            float y,
            int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(alignment, nfc(value), x, y, 0);
        canvas.endText();
    }

    /** Composed letters ("ệ" as one character): the font has a glyph for each, and the extracted text matches. */
    static String nfc(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static byte[] font(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report font " + resource, e);
        }
    }

    private final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter pdf, Document page) {
            Rectangle size = page.getPageSize();
            write(
                    pdf.getDirectContent(),
                    regular,
                    7.5f,
                    MUTED,
                    text.get("report.page", String.valueOf(pdf.getPageNumber())),
                    size.getWidth() / 2,
                    24,
                    Element.ALIGN_CENTER);
        }
    }
}
