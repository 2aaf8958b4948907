package vn.bca.antq.award;

/** Who gave an award; MIXED where a report gives only the total. */
public enum Issuer {
    MINISTER,
    PROVINCIAL_PEOPLES_COMMITTEE,
    PROVINCIAL_POLICE_DIRECTOR,
    DISTRICT_CHAIR,
    MIXED
}
