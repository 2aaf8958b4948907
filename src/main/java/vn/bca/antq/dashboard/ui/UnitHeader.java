package vn.bca.antq.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.bca.antq.admin.AdminUnit;
import vn.bca.antq.admin.Era;
import vn.bca.antq.admin.UnitLevel;
import vn.bca.antq.base.text.Format;
import vn.bca.antq.indicator.Period;

/** Under a unit's name: its type, the structure it belongs to, and, in 2025, the half of the year its figures cover. */
final class UnitHeader {

    private UnitHeader() {}

    static Component of(Component host, UnitPlaces.Shown shown) {
        AdminUnit unit = shown.unit();
        Paragraph type = new Paragraph(host.getTranslation("unit.type", unit.getUnitType()));
        type.addClassName("unit-type");
        String reform = Format.date(Era.REFORM_DATE);
        String era = unit.getLevel() == UnitLevel.DISTRICT
                ? host.getTranslation("unit.era.old", reform, shown.province().getName())
                : host.getTranslation("unit.era.new", reform, shown.province().getName());
        Period period = shown.period();
        if (!period.isSingleYear()) {
            era += " "
                    + host.getTranslation(
                            "unit.period",
                            String.valueOf(period.toYear()),
                            Format.date(period.from()),
                            Format.date(period.to()));
        }
        Paragraph note = new Paragraph(era);
        note.addClassName("era-note");
        Div header = new Div(type, note);
        header.addClassName("unit-header");
        return header;
    }
}
