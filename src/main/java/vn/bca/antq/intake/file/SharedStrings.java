package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-string table, read as a stream: the text of each {@code <si>} (its runs joined, phonetic hints
 * left out). Its part is bounded in bytes by {@link ZipParts}; the number of strings and their characters are bounded
 * here, as a sheet cannot use more strings than it has cells, nor more text than its cells may hold.
 */
final class SharedStrings {

    private SharedStrings() {}

    static List<String> parse(@Nullable InputStream part, int mostStrings, int mostChars)
            throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        try (part) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inText;
                private int phonetic;
                private long chars;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    switch (localName) {
                        case "si" -> {
                            if (strings.size() == mostStrings) {
                                throw new SheetHandler.Stop(
                                        new FileRejectedException("intake.file.too-many-cells", mostStrings));
                            }
                            text.setLength(0);
                        }
                        case "t" -> inText = phonetic == 0;
                        case "rPh" -> phonetic++;
                        default -> {}
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) throws SAXException {
                    if (inText) {
                        chars += length;
                        if (chars > mostChars) {
                            throw new SheetHandler.Stop(
                                    new FileRejectedException("intake.file.too-much-text", mostChars));
                        }
                        text.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> strings.add(text.toString());
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        default -> {}
                    }
                }
            });
            reader.parse(new InputSource(part));
        }
        return strings;
    }
}
