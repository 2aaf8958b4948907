package vn.bca.antq.presentation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.presentation.SlideSpec;

/** The slides of the playlist being edited, in showing order: added, removed and moved here, read back as specs. */
final class PlaylistSlides extends Div implements PlaylistSlideRow.Actions {

    private final List<PlaylistSlideRow> rows = new ArrayList<>();
    private final Paragraph empty = new Paragraph();
    private final Runnable onChange;
    private List<AdminUnit> provinces = List.of();

    PlaylistSlides(Runnable onChange) {
        this.onChange = onChange;
        setId("playlist-slides");
        addClassName("playlist-slides");
        empty.addClassName("playlist-slides-empty");
        empty.setText(getTranslation("playlist.slides.none"));
        layOut();
    }

    /** Replaces the slides (when a stored playlist is opened). */
    void show(List<SlideSpec> specs) {
        rows.clear();
        specs.forEach(spec -> rows.add(new PlaylistSlideRow(spec, provinces, this)));
        layOut();
    }

    void add(SlideSpec spec) {
        rows.add(new PlaylistSlideRow(spec, provinces, this));
        layOut();
        onChange.run();
    }

    /** The provinces a spotlight may show: those of the year's structure. */
    void setProvinces(List<AdminUnit> provinces) {
        this.provinces = List.copyOf(provinces);
        rows.forEach(row -> row.setProvinceChoices(this.provinces));
    }

    List<SlideSpec> specs() {
        return rows.stream().map(PlaylistSlideRow::toSpec).toList();
    }

    List<PlaylistSlideRow> rows() {
        return List.copyOf(rows);
    }

    @Override
    public void moveBy(PlaylistSlideRow row, int steps) {
        int from = rows.indexOf(row);
        int to = from + steps;
        if (from >= 0 && to >= 0 && to < rows.size()) {
            rows.remove(from);
            rows.add(to, row);
            layOut();
            onChange.run();
        }
    }

    /** Puts the dragged row where the target is; the target moves one down (or up, when dragged from above it). */
    @Override
    public void moveTo(PlaylistSlideRow row, PlaylistSlideRow target) {
        int from = rows.indexOf(row);
        int to = rows.indexOf(target);
        if (from >= 0 && to >= 0 && from != to) {
            moveBy(row, to - from);
        }
    }

    @Override
    public void remove(PlaylistSlideRow row) {
        if (rows.remove(row)) {
            layOut();
            onChange.run();
        }
    }

    @Override
    public void changed() {
        onChange.run();
    }

    private void layOut() {
        removeAll();
        if (rows.isEmpty()) {
            add(empty);
        }
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setPosition(i, rows.size());
            add(rows.get(i));
        }
    }
}
