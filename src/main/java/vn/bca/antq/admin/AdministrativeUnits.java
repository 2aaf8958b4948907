package vn.bca.antq.admin;

import java.text.Collator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The administrative structure of both eras, held in memory (about 15,000 units; reference data that only a
 * migration changes). It knows the hierarchy inside each era and the roll-up across eras: each old province
 * rolls up, whole, into the new province that absorbed it, and the nation sits above the new provinces.
 */
@Service
public class AdministrativeUnits {

    /** Vietnamese alphabetical order (Ă after A, Đ after D...). */
    public static final Comparator<AdminUnit> BY_NAME =
            Comparator.comparing(AdminUnit::getShortName, Collator.getInstance(Locale.forLanguageTag("vi")));

    private final AdminUnitRepository units;
    private final UnitSuccessionRepository successions;
    private volatile Structure structure;

    AdministrativeUnits(AdminUnitRepository units, UnitSuccessionRepository successions) {
        this.units = units;
        this.successions = successions;
    }

    public AdminUnit nation() {
        return structure().nation;
    }

    public Optional<AdminUnit> byId(long id) {
        return Optional.ofNullable(structure().byId.get(id));
    }

    public Optional<AdminUnit> find(Era era, UnitLevel level, String code) {
        return Optional.ofNullable(structure().byKey.get(key(era, level, code)));
    }

    /**
     * What a code in a URL means for a year: the unit of that year's structure, or, when the code belongs only to the
     * other structure, the unit it was and what became of it (Thái Bình in 2026: now part of Hưng Yên).
     */
    public UnitLookup lookup(UnitLevel level, String code, Era era) {
        Optional<AdminUnit> inEra = find(era, level, code);
        if (inEra.isPresent()) {
            return new UnitLookup.Found(inEra.get());
        }
        Era other = era == Era.PROVINCES_34 ? Era.PROVINCES_63 : Era.PROVINCES_34;
        return find(other, level, code)
                .<UnitLookup>map(unit -> new UnitLookup.OtherEra(unit, era == Era.PROVINCES_34
                        ? successorsOf(unit).stream().map(s -> byId(s.getSuccessorId()).orElseThrow()).sorted(BY_NAME).toList()
                        : predecessorsOf(unit).stream().map(s -> byId(s.getPredecessorId()).orElseThrow()).sorted(BY_NAME).toList()))
                .orElse(new UnitLookup.Unknown(level, code));
    }

    /** All units of one level and era, in Vietnamese alphabetical order. */
    public List<AdminUnit> all(Era era, UnitLevel level) {
        return structure().byId.values().stream()
                .filter(u -> u.getEra() == era && u.getLevel() == level)
                .sorted(BY_NAME).toList();
    }

    /** The units of {@code level} inside {@code ancestor}, in the same era, alphabetically. */
    public List<AdminUnit> within(AdminUnit ancestor, UnitLevel level) {
        List<AdminUnit> found = new ArrayList<>();
        collect(ancestor, level, found);
        found.sort(BY_NAME);
        return found;
    }

    private void collect(AdminUnit unit, UnitLevel level, List<AdminUnit> found) {
        for (AdminUnit child : structure().children.getOrDefault(unit.getId(), List.of())) {
            if (child.getLevel() == level) {
                found.add(child);
            } else {
                collect(child, level, found);
            }
        }
    }

    public Optional<AdminUnit> parent(AdminUnit unit) {
        return unit.getParentId() == null ? Optional.empty() : byId(unit.getParentId());
    }

    /** The unit itself or its ancestor at {@code level} in the same era. */
    public Optional<AdminUnit> ancestorAt(AdminUnit unit, UnitLevel level) {
        AdminUnit current = unit;
        while (current != null && current.getLevel() != level) {
            current = current.getParentId() == null ? null : structure().byId.get(current.getParentId());
        }
        return Optional.ofNullable(current);
    }

    /** The unit whose total includes this unit's figures: its parent, or for an old province its new province. */
    public Optional<AdminUnit> rollUpParent(AdminUnit unit) {
        Long id = structure().rollUpParent.get(unit.getId());
        return id == null ? Optional.empty() : byId(id);
    }

    /** Every unit that feeds {@code unit}'s totals directly (the inverse of {@link #rollUpParent}). */
    public List<AdminUnit> rollUpChildren(AdminUnit unit) {
        return structure().rollUpChildren.getOrDefault(unit.getId(), List.of());
    }

    /** Ids of the unit and of every unit whose figures roll up into it (across eras for a new province). */
    public Set<Long> rollUpSubtreeIds(AdminUnit unit) {
        Set<Long> ids = new HashSet<>();
        Deque<AdminUnit> pending = new ArrayDeque<>(List.of(unit));
        while (!pending.isEmpty()) {
            AdminUnit next = pending.pop();
            if (ids.add(next.getId())) {
                pending.addAll(rollUpChildren(next));
            }
        }
        return ids;
    }

    /** The units an old unit continued in after the reorganisation. */
    public List<UnitSuccession> successorsOf(AdminUnit unit) {
        return structure().successorsOf.getOrDefault(unit.getId(), List.of());
    }

    /** The old units a new unit took over. */
    public List<UnitSuccession> predecessorsOf(AdminUnit unit) {
        return structure().predecessorsOf.getOrDefault(unit.getId(), List.of());
    }

    public Collection<AdminUnit> everyUnit() {
        return structure().byId.values();
    }

    private static String key(Era era, UnitLevel level, String code) {
        return era + "/" + level + "/" + code;
    }

    private Structure structure() {
        Structure loaded = structure;
        if (loaded == null) {
            synchronized (this) {
                if (structure == null) {
                    structure = new Structure(units.findAll(), successions.findAll());
                }
                loaded = structure;
            }
        }
        return loaded;
    }

    private static final class Structure {
        final Map<Long, AdminUnit> byId;
        final Map<String, AdminUnit> byKey = new HashMap<>();
        final Map<Long, List<AdminUnit>> children;
        final Map<Long, Long> rollUpParent = new HashMap<>();
        final Map<Long, List<AdminUnit>> rollUpChildren;
        final Map<Long, List<UnitSuccession>> successorsOf;
        final Map<Long, List<UnitSuccession>> predecessorsOf;
        final AdminUnit nation;

        Structure(List<AdminUnit> all, List<UnitSuccession> successions) {
            byId = all.stream().collect(Collectors.toUnmodifiableMap(AdminUnit::getId, Function.identity()));
            nation = all.stream().filter(u -> u.getLevel() == UnitLevel.NATION).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No nation unit: has Liquibase run?"));
            all.stream().filter(u -> u.getEra() != null).forEach(u -> byKey.put(key(u.getEra(), u.getLevel(), u.getCode()), u));
            children = all.stream().filter(u -> u.getParentId() != null)
                    .collect(Collectors.groupingBy(AdminUnit::getParentId));
            successorsOf = successions.stream().collect(Collectors.groupingBy(UnitSuccession::getPredecessorId));
            predecessorsOf = successions.stream().collect(Collectors.groupingBy(UnitSuccession::getSuccessorId));
            for (AdminUnit unit : all) {
                if (unit.getParentId() != null) {
                    rollUpParent.put(unit.getId(), unit.getParentId());
                }
            }
            // Old provinces merged whole into new ones (Resolution 202/2025/QH15), so their figures roll up exactly;
            // the nation then sums the new provinces only, never both eras at once.
            for (UnitSuccession s : successions) {
                AdminUnit old = byId.get(s.getPredecessorId());
                if (old.getLevel() == UnitLevel.PROVINCE && s.getKind() == UnitSuccession.Kind.FULL) {
                    rollUpParent.put(old.getId(), s.getSuccessorId());
                }
            }
            rollUpChildren = rollUpParent.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                    Collectors.mapping(e -> byId.get(e.getKey()), Collectors.toList())));
        }
    }
}
