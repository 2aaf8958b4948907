package vn.bca.antq.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.bca.antq.award.AwardForm;
import vn.bca.antq.award.Issuer;
import vn.bca.antq.award.RecipientKind;
import vn.bca.antq.demo.DemoDataset.AwardRow;
import vn.bca.antq.demo.DemoUnits.District;
import vn.bca.antq.demo.DemoUnits.Province;
import vn.bca.antq.demo.RandomStreams.Draw;

/**
 * Award batches handed out at each province's year-end review in December, 2019–2026, on the province valid then
 * (district chairs' certificates on a district, before 2025). Nam Định 2020 is left to its seed.
 */
final class AwardBuilder {

    private record Batch(AwardForm form, Issuer issuer, RecipientKind kind, int min, int max, double chance) {}

    private static final List<Batch> PROVINCIAL = List.of(
            new Batch(AwardForm.CERTIFICATE_OF_MERIT, Issuer.MINISTER, RecipientKind.COLLECTIVE, 2, 10, 0.8),
            new Batch(AwardForm.CERTIFICATE_OF_MERIT, Issuer.MINISTER, RecipientKind.INDIVIDUAL, 1, 8, 0.5),
            new Batch(
                    AwardForm.LEADING_UNIT_FLAG,
                    Issuer.PROVINCIAL_PEOPLES_COMMITTEE,
                    RecipientKind.COLLECTIVE,
                    1,
                    3,
                    0.7),
            new Batch(
                    AwardForm.CERTIFICATE_OF_MERIT,
                    Issuer.PROVINCIAL_PEOPLES_COMMITTEE,
                    RecipientKind.COLLECTIVE,
                    4,
                    15,
                    0.8),
            new Batch(
                    AwardForm.CERTIFICATE_OF_MERIT,
                    Issuer.PROVINCIAL_PEOPLES_COMMITTEE,
                    RecipientKind.INDIVIDUAL,
                    5,
                    20,
                    0.7),
            new Batch(
                    AwardForm.CERTIFICATE_OF_COMMENDATION,
                    Issuer.PROVINCIAL_POLICE_DIRECTOR,
                    RecipientKind.COLLECTIVE,
                    10,
                    40,
                    0.6),
            new Batch(
                    AwardForm.CERTIFICATE_OF_COMMENDATION,
                    Issuer.PROVINCIAL_POLICE_DIRECTOR,
                    RecipientKind.INDIVIDUAL,
                    15,
                    60,
                    0.6));
    private static final Batch DISTRICT =
            new Batch(AwardForm.CERTIFICATE_OF_COMMENDATION, Issuer.DISTRICT_CHAIR, RecipientKind.COLLECTIVE, 3, 12, 1);

    private final DemoUnits units;
    private final RandomStreams streams;
    private final int scale;
    private final List<AwardRow> rows = new ArrayList<>();

    AwardBuilder(DemoUnits units, RandomStreams streams, int scale) {
        this.units = units;
        this.streams = streams;
        this.scale = scale;
    }

    List<AwardRow> build() {
        for (int year = 2019; year <= 2026; year++) {
            for (Province province : year <= 2024 ? units.oldProvinces() : units.newProvinces()) {
                if (province.id() != DemoUnits.NAM_DINH || year != 2020) {
                    review(province, year, streams.of(province.id(), "awards-" + year));
                }
            }
        }
        return rows;
    }

    private void review(Province province, int year, Draw draw) {
        LocalDate on = LocalDate.of(year, 12, draw.between(10, 28));
        String reason = "Phong trào toàn dân bảo vệ ANTQ năm " + year;
        for (int round = 0; round < scale; round++) {
            for (Batch batch : PROVINCIAL) {
                if (draw.chance(batch.chance())) {
                    add(province.id(), on, batch, draw, reason);
                }
            }
            List<District> districts = province.districts().stream()
                    .filter(d -> !d.communes().isEmpty())
                    .toList();
            for (int n = districts.isEmpty() ? 0 : draw.between(0, 2); n > 0; n--) {
                add(draw.pick(districts).id(), on.minusDays(draw.between(1, 7)), DISTRICT, draw, reason);
            }
        }
    }

    private void add(long unitId, LocalDate on, Batch batch, Draw draw, String reason) {
        rows.add(new AwardRow(
                unitId,
                on,
                batch.form(),
                batch.issuer(),
                batch.kind(),
                draw.between(batch.min(), batch.max()),
                reason));
    }
}
