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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
    private volatile @Nullable Reference reference;

    AdministrativeUnits(AdminUnitRepository units, UnitSuccessionRepository successions) {
        this.units = units;
        this.successions = successions;
    }

    public AdminUnit nation() {
        return reference().nation;
    }

    public Optional<AdminUnit> byId(long id) {
        return Optional.ofNullable(reference().byId.get(id));
    }

    public Optional<AdminUnit> find(Era era, UnitLevel level, String code) {
        return Optional.ofNullable(reference().byKey.get(key(era, level, code)));
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
                .<UnitLookup>map(unit -> new UnitLookup.OtherEra(
                        unit,
                        era == Era.PROVINCES_34
                                ? successorsOf(unit).stream()
                                        .map(s -> byId(s.getSuccessorId()).orElseThrow())
                                        .sorted(BY_NAME)
                                        .toList()
                                : predecessorsOf(unit).stream()
                                        .map(s -> byId(s.getPredecessorId()).orElseThrow())
                                        .sorted(BY_NAME)
                                        .toList()))
                .orElse(new UnitLookup.Unknown(level, code));
    }

    /** All units of one level and era, in Vietnamese alphabetical order (sorted once: 10,595 names take a while). */
    public List<AdminUnit> all(Era era, UnitLevel level) {
        Reference loaded = reference();
        return loaded.all.computeIfAbsent(
                key(era, level, ""),
                k -> loaded.byId.values().stream()
                        .filter(u -> u.getEra() == era && u.getLevel() == level)
                        .sorted(BY_NAME)
                        .toList());
    }

    /** The units of {@code level} inside {@code ancestor}, in the same era, alphabetically. */
    public List<AdminUnit> within(AdminUnit ancestor, UnitLevel level) {
        List<AdminUnit> found = new ArrayList<>();
        collect(ancestor, level, found);
        found.sort(BY_NAME);
        return found;
    }

    private void collect(AdminUnit unit, UnitLevel level, List<AdminUnit> found) {
        for (AdminUnit child : reference().children.getOrDefault(unit.getId(), List.of())) {
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
            current = current.getParentId() == null ? null : reference().byId.get(current.getParentId());
        }
        return Optional.ofNullable(current);
    }

    /** The unit whose total includes this unit's figures: its parent, or for an old province its new province. */
    public Optional<AdminUnit> rollUpParent(AdminUnit unit) {
        Long id = reference().rollUpParent.get(unit.getId());
        return id == null ? Optional.empty() : byId(id);
    }

    /** Every unit that feeds {@code unit}'s totals directly (the inverse of {@link #rollUpParent}). */
    public List<AdminUnit> rollUpChildren(AdminUnit unit) {
        return reference().rollUpChildren.getOrDefault(unit.getId(), List.of());
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
        return reference().successorsOf.getOrDefault(unit.getId(), List.of());
    }

    /** The old units a new unit took over. */
    public List<UnitSuccession> predecessorsOf(AdminUnit unit) {
        return reference().predecessorsOf.getOrDefault(unit.getId(), List.of());
    }

    /**
     * The old units whose figures a new commune carries on today's structure, each with its share (see
     * {@link PredecessorShare}); none for a unit of the old structure or a province (old provinces roll up whole).
     * A crosswalk row that would move a commune into another province than its old province went to is not used,
     * so that communes never contradict the provinces' roll-up (docs/GEOGRAPHY.md names the one such row).
     */
    public List<PredecessorShare> sharesOf(AdminUnit unit) {
        return reference().sharesOf.getOrDefault(unit.getId(), List.of());
    }

    /**
     * What became of an old province or district: the new communes that carry figures of it or of any unit inside it,
     * alphabetically (none for a unit of today's structure).
     */
    public List<AdminUnit> successorCommunesOf(AdminUnit old) {
        List<AdminUnit> olds = new ArrayList<>(List.of(old));
        olds.addAll(within(old, UnitLevel.DISTRICT));
        olds.addAll(within(old, UnitLevel.COMMUNE));
        Set<AdminUnit> found = new HashSet<>();
        olds.forEach(u -> found.addAll(reference().carriedInto.getOrDefault(u.getId(), List.of())));
        return found.stream().sorted(BY_NAME).toList();
    }

    /** The successions {@link #sharesOf} leaves out because they contradict the provinces' roll-up. */
    public List<UnitSuccession> successionsAcrossProvinces() {
        return reference().acrossProvinces;
    }

    public Collection<AdminUnit> everyUnit() {
        return reference().byId.values();
    }

    private static String key(Era era, UnitLevel level, String code) {
        return era + "/" + level + "/" + code;
    }

    private Reference reference() {
        Reference loaded = reference;
        if (loaded == null) {
            synchronized (this) {
                loaded = reference;
                if (loaded == null) {
                    loaded = new Reference(units.findAll(), successions.findAll());
                    reference = loaded;
                }
            }
        }
        return loaded;
    }

    /** Everything derived from the units and successions, built once. */
    private static final class Reference {
        final Map<Long, AdminUnit> byId;
        final Map<String, AdminUnit> byKey = new HashMap<>();
        final Map<Long, List<AdminUnit>> children;
        final Map<Long, Long> rollUpParent = new HashMap<>();
        final Map<Long, List<AdminUnit>> rollUpChildren;
        final Map<Long, List<UnitSuccession>> successorsOf;
        final Map<Long, List<UnitSuccession>> predecessorsOf;
        final Map<String, List<AdminUnit>> all = new ConcurrentHashMap<>();
        final Map<Long, List<PredecessorShare>> sharesOf = new HashMap<>();
        final Map<Long, List<AdminUnit>> carriedInto = new HashMap<>();
        final List<UnitSuccession> acrossProvinces = new ArrayList<>();
        final AdminUnit nation;

        Reference(List<AdminUnit> all, List<UnitSuccession> successions) {
            byId = all.stream().collect(Collectors.toUnmodifiableMap(AdminUnit::getId, Function.identity()));
            nation = all.stream()
                    .filter(u -> u.getLevel() == UnitLevel.NATION)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No nation unit: has Liquibase run?"));
            all.stream()
                    .filter(u -> u.getEra() != null)
                    .forEach(u -> byKey.put(key(u.getEra(), u.getLevel(), u.getCode()), u));
            children = all.stream()
                    .filter(u -> u.getParentId() != null)
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
                AdminUnit old = unit(s.getPredecessorId());
                if (old.getLevel() == UnitLevel.PROVINCE && s.getKind() == UnitSuccession.Kind.FULL) {
                    rollUpParent.put(old.getId(), s.getSuccessorId());
                }
            }
            rollUpChildren = rollUpParent.entrySet().stream()
                    .collect(Collectors.groupingBy(
                            Map.Entry::getValue, Collectors.mapping(e -> byId.get(e.getKey()), Collectors.toList())));
            shareOutPredecessors(successions);
        }

        /** Below province level, each old unit's usable successions, in successor code order, become its shares. */
        private void shareOutPredecessors(List<UnitSuccession> successions) {
            Map<Long, List<UnitSuccession>> usable = new HashMap<>();
            for (UnitSuccession s : successions) {
                AdminUnit old = unit(s.getPredecessorId());
                if (old.getLevel() == UnitLevel.PROVINCE) {
                    continue;
                }
                if (provinceOf(old).equals(provinceOf(unit(s.getSuccessorId())))) {
                    usable.computeIfAbsent(old.getId(), id -> new ArrayList<>()).add(s);
                } else {
                    acrossProvinces.add(s);
                }
            }
            Comparator<UnitSuccession> bySuccessorCode =
                    Comparator.comparing(s -> unit(s.getSuccessorId()).getCode());
            usable.values().forEach(list -> {
                list.sort(bySuccessorCode);
                for (int i = 0; i < list.size(); i++) {
                    UnitSuccession s = list.get(i);
                    boolean exact = s.getKind() == UnitSuccession.Kind.FULL && list.size() == 1;
                    sharesOf.computeIfAbsent(s.getSuccessorId(), id -> new ArrayList<>())
                            .add(new PredecessorShare(unit(s.getPredecessorId()), exact, i, list.size()));
                    carriedInto
                            .computeIfAbsent(s.getPredecessorId(), id -> new ArrayList<>())
                            .add(unit(s.getSuccessorId()));
                }
            });
            sharesOf.values().forEach(list -> list.sort(Comparator.comparing(PredecessorShare::predecessor, BY_NAME)));
        }

        /** A unit the successions or a parent link name: the reference data holds every one of them. */
        private AdminUnit unit(long id) {
            return Objects.requireNonNull(byId.get(id), () -> "no unit " + id);
        }

        /** The province a unit's figures end up in: its own, or for an old unit the new province its old one joined. */
        private Long provinceOf(AdminUnit unit) {
            AdminUnit current = unit;
            while (current.getLevel() != UnitLevel.PROVINCE) {
                current = unit(Objects.requireNonNull(current.getParentId(), () -> unit + " has no province"));
            }
            Long newProvince =
                    current.getEra() == Era.PROVINCES_63 ? rollUpParent.get(current.getId()) : current.getId();
            return newProvince == null ? current.getId() : newProvince;
        }
    }
}
