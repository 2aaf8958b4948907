package vn.bca.antq.base.choropleth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The legend drawn in the map's corner: a title, one swatch per class, then the hatched "no data" swatch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Legend(@Nullable String title, List<Entry> entries, String noDataLabel) {

    public static final String NO_DATA = "Không có số liệu";

    public record Entry(String colour, String label) {}

    public Legend {
        entries = List.copyOf(entries);
    }

    public Legend(@Nullable String title, List<Entry> entries) {
        this(title, entries, NO_DATA);
    }
}
