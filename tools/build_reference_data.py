#!/usr/bin/env python3
"""Builds the project's reference data from a folder of upstream data (sources: src/main/resources/geo/NOTICE.md).

Writes, under src/main/resources:
  db/data/admin_unit.csv             units of both eras with stable surrogate ids
  db/data/admin_unit_succession.csv  old -> new successions (provinces whole, communes full/partial)
  geo/*.topo.json                    boundaries, copied unchanged (joined to units by code)

Run from the repository root:  python3 tools/build_reference_data.py <data folder>
The folder holds the files NOTICE.md names (boundaries/, crosswalks/, code lists) as their sources publish them.
The output is committed; rerun only when that data changes, and add a new Liquibase changeset then.
"""
import csv, os, shutil, sys, unicodedata

if len(sys.argv) != 2:
    sys.exit('usage: python3 tools/build_reference_data.py <data folder>  (see src/main/resources/geo/NOTICE.md)')
SRC = sys.argv[1]
OUT = 'src/main/resources'

OLD, NEW = 'PROVINCES_63', 'PROVINCES_34'
OLD_FROM, OLD_TO, NEW_FROM = '2000-01-01', '2025-06-30', '2025-07-01'
# The GSO list of 2024-05-01 stands in for the whole pre-reform era; 2000-01-01 is the earliest date this product holds facts for.
ERA_DIGIT = {OLD: 1, NEW: 2}
LEVEL_DIGIT = {'PROVINCE': 1, 'DISTRICT': 2, 'COMMUNE': 3}
PREFIXES = ['Thành phố Trung ương', 'Thành phố', 'Tỉnh', 'Quận', 'Huyện', 'Thị xã', 'Thị trấn', 'Phường', 'Xã', 'Đặc khu']


def uid(era, level, code):
    """Stable id: era digit, level digit, then the official code (codes repeat across eras)."""
    return ERA_DIGIT[era] * 10_000_000 + LEVEL_DIGIT[level] * 1_000_000 + int(code)


def short(name):
    for p in PREFIXES:
        if name.startswith(p + ' '):
            return name[len(p) + 1:]
    return name


def ascii_fold(text):
    text = text.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', text) if unicodedata.category(c) != 'Mn')


def nfc(s):
    return unicodedata.normalize('NFC', s.strip())


def rows(path):
    with open(os.path.join(SRC, path), encoding='utf-8') as f:
        return list(csv.DictReader(f))


def main():
    units = [dict(id=1, era='', unit_level='NATION', code='VN', name='Việt Nam', short_name='Việt Nam', name_en='Viet Nam',
                  unit_type='Quốc gia', parent_id='', valid_from=OLD_FROM, valid_to='')]

    def add(era, level, code, name, utype, parent_id, name_en=None, name_short=None):
        name = nfc(name)
        s = nfc(name_short) if name_short else short(name)
        units.append(dict(id=uid(era, level, code), era=era, unit_level=level, code=code, name=name, short_name=s,
                          name_en=name_en or ascii_fold(s), unit_type=utype, parent_id=parent_id,
                          valid_from=OLD_FROM if era == OLD else NEW_FROM, valid_to=OLD_TO if era == OLD else ''))

    for r in rows('codes/gso_2024-05-01_provinces.csv'):
        add(OLD, 'PROVINCE', r['province_code'], r['province_name'], r['province_type'], 1)
    for r in rows('codes/gso_2024-05-01_districts.csv'):
        add(OLD, 'DISTRICT', r['district_code'], r['district_name'], r['district_type'], uid(OLD, 'PROVINCE', r['province_code']))
    old_communes = set()
    for r in rows('codes/gso_2024-05-01_communes.csv'):
        add(OLD, 'COMMUNE', r['commune_code'], r['commune_name'], r['commune_type'], uid(OLD, 'DISTRICT', r['district_code']))
        old_communes.add(r['commune_code'])
    for r in rows('codes/units_2025-07_provinces_34.csv'):
        add(NEW, 'PROVINCE', r['province_code'], r['province_name'], r['province_type'], 1, r['name_en'], r['name_short'])
    for r in rows('codes/units_2025-07_communes_3321.csv'):
        add(NEW, 'COMMUNE', r['commune_code'], r['commune_name'], r['commune_type'], uid(NEW, 'PROVINCE', r['province_code']),
            r['name_en'], r['name_short'])

    successions = []
    for r in rows('crosswalks/provinces_63_to_34.csv'):
        successions.append(dict(predecessor_id=uid(OLD, 'PROVINCE', r['old_province_code']),
                                successor_id=uid(NEW, 'PROVINCE', r['new_province_code']), kind='FULL', effective_on=NEW_FROM))
    untraced = 0
    seen = set()
    for r in rows('crosswalks/communes_2025-03_to_2025-07.csv'):
        level = 'COMMUNE' if r['old_unit_level'] == 'commune' else 'DISTRICT'
        old_code = r['old_commune_code'] if level == 'COMMUNE' else r['old_district_code']
        if level == 'COMMUNE' and old_code not in old_communes:
            untraced += 1  # created by a 2024-25 merger: not in the 2024-05-01 list this product uses
            continue
        key = (level, old_code, r['new_commune_code_2026'])
        if key in seen:
            continue
        seen.add(key)
        successions.append(dict(predecessor_id=uid(OLD, level, old_code), successor_id=uid(NEW, 'COMMUNE', r['new_commune_code_2026']),
                                kind=r['merge_type'].upper(), effective_on=NEW_FROM))

    def write(name, data):
        path = os.path.join(OUT, 'db/data', name)
        with open(path, 'w', encoding='utf-8', newline='') as f:
            w = csv.DictWriter(f, fieldnames=list(data[0].keys()), lineterminator='\n')
            w.writeheader()
            w.writerows({k: ('NULL' if v == '' else v) for k, v in r.items()} for r in data)  # Liquibase reads NULL as null
        print(f'{path}: {len(data)} rows')

    write('admin_unit.csv', units)
    write('admin_unit_succession.csv', successions)
    print(f'crosswalk rows skipped (old commune code not in the 2024-05-01 list): {untraced}')

    geo_out = os.path.join(OUT, 'geo')
    os.makedirs(os.path.join(geo_out, 'communes_2025'), exist_ok=True)
    shutil.copy(os.path.join(SRC, 'geo/vn_2024_provinces63_districts705.topo.json'), os.path.join(geo_out, 'provinces63_districts705_2024.topo.json'))
    shutil.copy(os.path.join(SRC, 'geo/vn_2025_provinces34_communes3321.topo.json'), os.path.join(geo_out, 'provinces34_communes3321_2025.topo.json'))
    by_prov = os.path.join(SRC, 'geo/communes_2025_by_province')
    for f in sorted(os.listdir(by_prov)):
        shutil.copy(os.path.join(by_prov, f), os.path.join(geo_out, 'communes_2025', f.replace('communes_2025_', '')))


if __name__ == '__main__':
    main()
