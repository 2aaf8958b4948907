package vn.bca.antq.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The relationships of one part of an OPC package (a {@code _rels/*.rels} file): from an id or a type to the part it
 * points at, as a name inside the zip. Targets are relative to the part's folder unless they start with "/".
 */
record PackageRelations(Map<String, Relation> byId) {

    record Relation(String type, String part) {}

    static final String OFFICE_DOCUMENT = "/officeDocument";
    static final String STYLES = "/styles";
    static final String SHARED_STRINGS = "/sharedStrings";

    /** Read with POI's hardened parser: a DOCTYPE is refused, so no entity is ever resolved. */
    static PackageRelations parse(@Nullable InputStream rels, String folder)
            throws IOException, SAXException, ParserConfigurationException {
        Map<String, Relation> relations = new LinkedHashMap<>();
        if (rels == null) {
            return new PackageRelations(relations);
        }
        try (rels) {
            var reader = XMLHelper.newXMLReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String target = attributes.getValue("Target");
                    if ("Relationship".equals(localName)
                            && target != null
                            && !"External".equals(attributes.getValue("TargetMode"))) {
                        relations.put(
                                String.valueOf(attributes.getValue("Id")),
                                new Relation(String.valueOf(attributes.getValue("Type")), resolve(folder, target)));
                    }
                }
            });
            reader.parse(new InputSource(rels));
        }
        return new PackageRelations(relations);
    }

    Optional<String> part(String id) {
        return Optional.ofNullable(byId.get(id)).map(Relation::part);
    }

    /** The first part of a type whose URI ends as given ("/styles"), transitional and strict schemas alike. */
    Optional<String> partOfType(String typeEnding) {
        return byId.values().stream()
                .filter(r -> r.type().endsWith(typeEnding))
                .map(Relation::part)
                .findFirst();
    }

    /** "worksheets/sheet1.xml" in "xl/" is "xl/worksheets/sheet1.xml"; "/xl/styles.xml" is "xl/styles.xml"; ".." climbs. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        StringBuilder resolved = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                int slash = resolved.lastIndexOf("/");
                resolved.setLength(Math.max(slash, 0));
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                resolved.append(resolved.isEmpty() ? "" : "/").append(segment);
            }
        }
        return resolved.toString();
    }

    /** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }
}
