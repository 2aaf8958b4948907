package vn.bca.antq.dashboard.ui;

import vn.bca.antq.admin.Structure;

/**
 * The addresses of the dashboard's pages, as router hrefs (relative, no leading slash) that keep the address state
 * ({@code ?year=&indicator=}): the nation {@code ""}, a province {@code province/36}, an old district
 * {@code province/36/district/356}, a new commune {@code province/33/commune/12345}.
 */
final class UnitAddress {

    private UnitAddress() {}

    static String nation() {
        return "";
    }

    static String province(String provinceCode) {
        return "province/" + provinceCode;
    }

    static String district(String provinceCode, String districtCode) {
        return province(provinceCode) + "/district/" + districtCode;
    }

    static String commune(String provinceCode, String communeCode) {
        return province(provinceCode) + "/commune/" + communeCode;
    }

    /** The path with the address state, e.g. {@code province/36?year=2020&indicator=COVERAGE_COMMUNES&structure=reported}. */
    static String href(String path, DashboardParameters parameters) {
        return path + "?" + DashboardParameters.YEAR + "=" + parameters.year()
                + "&" + DashboardParameters.INDICATOR + "="
                + parameters.indicator().code()
                + (parameters.structure() == Structure.DEFAULT
                        ? ""
                        : "&" + DashboardParameters.STRUCTURE + "="
                                + parameters.structure().code());
    }
}
