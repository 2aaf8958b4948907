package vn.bca.antq.admin;

import java.util.List;

/** The answer to "which unit does this code name in this structure?" (see {@link AdministrativeUnits#lookup}). */
public sealed interface UnitLookup {

    record Found(AdminUnit unit) implements UnitLookup {}

    /** The code names a unit of the other structure only; {@code counterparts} are its successors or predecessors. */
    record OtherEra(AdminUnit unit, List<AdminUnit> counterparts) implements UnitLookup {}

    record Unknown(UnitLevel level, String code) implements UnitLookup {}
}
