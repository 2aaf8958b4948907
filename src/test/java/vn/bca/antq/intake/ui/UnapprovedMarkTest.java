package vn.bca.antq.intake.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.IntakeService;
import vn.bca.antq.intake.Preview;
import vn.bca.antq.intake.SubmissionService;
import vn.bca.antq.intake.Transition;
import vn.bca.antq.intake.file.RawCell;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.security.Role;

/**
 * The dashboard marks imported figures until the ministry approves them: Huế's news articles of 2026, imported, read
 * "… *" in the overview's table with the import named as "chưa phê duyệt"; once approved the mark is gone.
 */
class UnapprovedMarkTest extends KaribuTest {

    static final String HUE = "46";

    @Autowired
    IntakeService intake;

    @Autowired
    SubmissionService approval;

    @Test
    void importedFiguresAreMarkedUntilApproved() {
        signIn(Role.PROVINCE_OFFICER, HUE);
        List<String> headers =
                Dataset.COUNTERS.columns().stream().map(c -> c.headerVi()).toList();
        RawTable file = new RawTable(
                "tin-bai-hue.csv",
                "Dữ liệu",
                headers,
                List.of(new RawTable.Row(
                        2,
                        List.of(
                                new RawCell.Text("A2", "NEWS_ARTICLES"),
                                new RawCell.Blank("B2"),
                                new RawCell.Text("C2", HUE),
                                new RawCell.Blank("D2"),
                                new RawCell.Text("E2", "1.234"),
                                new RawCell.Blank("F2")))));
        Preview preview = intake.preview(HUE, 2026, Dataset.COUNTERS, file);
        intake.commit(preview, "Số liệu tin bài");

        signIn(Role.LEADERSHIP, null);
        assertThat(hueRow()).satisfies(row -> {
            assertThat(row).anySatisfy(cell -> assertThat(cell).isEqualTo("1.234 *"));
            assertThat(String.join(" ", row))
                    .as("cites the organisation and the day, never the account")
                    .contains("Công an thành phố Huế, nhập ngày", "chưa phê duyệt")
                    .doesNotContain("test-");
        });

        signIn(Role.PROVINCE_OFFICER, HUE);
        approval.take(HUE, 2026, Dataset.COUNTERS, Transition.SUBMIT, null);
        signIn(Role.LEADERSHIP, null);
        approval.take(HUE, 2026, Dataset.COUNTERS, Transition.APPROVE, null);
        assertThat(hueRow()).anySatisfy(cell -> assertThat(cell).isEqualTo("1.234"));
        assertThat(String.join(" ", hueRow())).contains("đã phê duyệt").doesNotContain("chưa phê duyệt");
    }

    private static List<String> hueRow() {
        UI.getCurrent().navigate("", QueryParameters.fromString("year=2026&indicator=NEWS_ARTICLES"));
        @SuppressWarnings("unchecked")
        Grid<Object> table = _get(Grid.class, spec -> spec.withId("unit-table"));
        return IntStream.range(0, table.getListDataView().getItemCount())
                .mapToObj(i -> _getFormattedRow(table, i))
                .filter(row -> row.stream().anyMatch(cell -> cell.contains("Huế")))
                .findFirst()
                .orElseThrow();
    }
}
