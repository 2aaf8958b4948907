package vn.bca.antq.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bca.antq.KaribuTest;
import vn.bca.antq.export.Table;
import vn.bca.antq.intake.Dataset;
import vn.bca.antq.intake.ImportRow;
import vn.bca.antq.intake.IntakeService;
import vn.bca.antq.intake.Preview;
import vn.bca.antq.intake.SubmissionService;
import vn.bca.antq.intake.Transition;
import vn.bca.antq.intake.file.RawCell;
import vn.bca.antq.intake.file.RawTable;
import vn.bca.antq.security.Role;

/** The completeness page: every province against every dataset, a late submission marked late, the same in its export. */
class CompletenessViewTest extends KaribuTest {

    @Autowired
    IntakeService intake;

    @Autowired
    SubmissionService approval;

    @Test
    void aSubmissionAfterTheDeadlineIsShownAndExportedAsLate() {
        signIn(Role.PROVINCE_OFFICER, "14");
        List<ImportRow> rows = intake.current("14", 2022, Dataset.COUNTERS);
        Preview preview = intake.preview("14", 2022, Dataset.COUNTERS, table(rows.isEmpty() ? List.of() : rows));
        intake.commit(preview, "Báo cáo bổ sung");
        approval.take("14", 2022, Dataset.COUNTERS, Transition.SUBMIT, null);

        signIn(Role.LEADERSHIP, null);
        UI.getCurrent().navigate("intake/completeness", QueryParameters.of("year", "2022"));
        CompletenessView view = _get(CompletenessView.class);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("completeness-summary"))
                        .getElement()
                        .getChildren()
                        .map(e -> e.getText())
                        .toList())
                .anySatisfy(line -> assertThat(line).startsWith("Các chỉ tiêu khác: 1/34 đã nộp"));
        Table table = view.table();
        assertThat(table.rows()).hasSize(34);
        List<Object> sonLa = table.rows().stream()
                .filter(r -> "Tỉnh Sơn La".equals(r.getFirst()))
                .findFirst()
                .orElseThrow();
        int counters = 1 + 3 * Dataset.COUNTERS.ordinal();
        assertThat(sonLa.get(counters)).isEqualTo("Chờ duyệt");
        assertThat(sonLa.get(counters + 2)).isEqualTo("trễ hạn");
    }

    private static RawTable table(List<ImportRow> rows) {
        List<String> headers =
                Dataset.COUNTERS.columns().stream().map(c -> c.headerVi()).toList();
        List<RawTable.Row> raw = new java.util.ArrayList<>();
        if (rows.isEmpty()) {
            raw.add(new RawTable.Row(
                    2,
                    List.of(
                            new RawCell.Text("A2", "NEWS_ARTICLES"),
                            new RawCell.Blank("B2"),
                            new RawCell.Text("C2", "14"),
                            new RawCell.Blank("D2"),
                            new RawCell.Text("E2", "120"),
                            new RawCell.Blank("F2"))));
        }
        for (ImportRow row : rows) {
            int n = raw.size() + 2;
            raw.add(new RawTable.Row(
                    n,
                    Dataset.COUNTERS.columns().stream()
                            .<RawCell>map(c -> row.value(c.key()) == null
                                    ? new RawCell.Blank("X" + n)
                                    : new RawCell.Text("X" + n, String.valueOf(row.value(c.key()))))
                            .toList()));
        }
        return new RawTable("chi-tieu.csv", "Dữ liệu", headers, raw);
    }
}
