package vn.bca.antq.movementmodel;

/** Who launched a model: the provincial Party committee, the provincial People's Committee, the provincial police with departments, or a district/commune. */
public enum InitiatingBody {
    PROVINCIAL_PARTY_COMMITTEE,
    PROVINCIAL_PEOPLES_COMMITTEE,
    PROVINCIAL_POLICE,
    LOCAL
}
