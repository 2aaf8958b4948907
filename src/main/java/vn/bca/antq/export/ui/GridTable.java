package vn.bca.antq.export.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.bca.antq.export.Table;

/**
 * The table of what a grid shows: its rows as the grid holds them now (after its filter and sorting), and per column
 * the grid column's header with the value behind its text (a number, a {@code BigDecimal} percentage, a date), so
 * that an export reads like the page without parsing formatted text back. Columns a grid hides are left out.
 */
public final class GridTable<T> {

    private record Column<T>(
            Supplier<String> header,
            Supplier<Boolean> visible,
            Function<? super T, ? extends @Nullable Object> value) {}

    private final Grid<T> grid;
    private final List<Column<T>> columns = new ArrayList<>();

    public GridTable(Grid<T> grid) {
        this.grid = grid;
    }

    /** A column of the grid, exported under its header with {@code value} per row. */
    public GridTable<T> column(Grid.Column<T> column, Function<? super T, ? extends @Nullable Object> value) {
        columns.add(new Column<>(column::getHeaderText, column::isVisible, value));
        return this;
    }

    /** A column only the file has, e.g. a fraction "7/9" of the grid as two numbers. */
    public GridTable<T> column(String header, Function<? super T, ? extends @Nullable Object> value) {
        columns.add(new Column<>(() -> header, () -> true, value));
        return this;
    }

    public Table table(String name) {
        List<Column<T>> shown = columns.stream().filter(c -> c.visible().get()).toList();
        List<List<@Nullable Object>> rows = grid.getGenericDataView()
                .getItems()
                .map(item -> {
                    List<@Nullable Object> row = new ArrayList<>(shown.size());
                    shown.forEach(c -> row.add(c.value().apply(item)));
                    return row;
                })
                .toList();
        return new Table(name, shown.stream().map(c -> c.header().get()).toList(), rows);
    }
}
