package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show a number as a date (Excel stores dates as day numbers, told apart only by the
 * number format of the cell's style), read from the styles part as a stream: the custom formats, then each style
 * ({@code <xf>} of {@code <cellXfs>}) in order.
 */
final class DateStyles {

    private final List<Boolean> dateByStyle;

    private DateStyles(List<Boolean> dateByStyle) {
        this.dateByStyle = dateByStyle;
    }

    static DateStyles none() {
        return new DateStyles(List.of());
    }

    boolean isDate(int style) {
        return style >= 0 && style < dateByStyle.size() && dateByStyle.get(style);
    }

    static DateStyles parse(@Nullable InputStream part, int mostStyles)
            throws IOException, SAXException, ParserConfigurationException {
        if (part == null) {
            return none();
        }
        Map<Integer, String> customFormats = new HashMap<>();
        List<Boolean> dates = new ArrayList<>();
        try (part) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                private boolean inCellStyles;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    switch (localName) {
                        case "numFmt" -> {
                            Integer id = number(attributes.getValue("numFmtId"));
                            if (id != null && customFormats.size() < mostStyles) {
                                customFormats.put(id, String.valueOf(attributes.getValue("formatCode")));
                            }
                        }
                        case "cellXfs" -> inCellStyles = true;
                        case "xf" -> {
                            if (inCellStyles) {
                                if (dates.size() == mostStyles) {
                                    throw new SheetHandler.Stop(new FileRejectedException("intake.file.broken"));
                                }
                                Integer id = number(attributes.getValue("numFmtId"));
                                int format = id == null ? 0 : id;
                                String code =
                                        customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
                                dates.add(code != null && DateUtil.isADateFormat(format, code));
                            }
                        }
                        default -> {}
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if ("cellXfs".equals(localName)) {
                        inCellStyles = false;
                    }
                }
            });
            reader.parse(new InputSource(part));
        }
        return new DateStyles(dates);
    }

    private static @Nullable Integer number(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
