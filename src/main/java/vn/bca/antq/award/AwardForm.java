package vn.bca.antq.award;

/** Bằng khen, the leading-unit flag, Giấy khen; MIXED where a report gives only the total. */
public enum AwardForm {
    CERTIFICATE_OF_MERIT,
    LEADING_UNIT_FLAG,
    CERTIFICATE_OF_COMMENDATION,
    MIXED
}
