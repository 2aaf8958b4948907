package vn.bca.antq.coverage;

/** Circular 23/2012/TT-BCA until 09/02/2022; Circular 124/2021/TT-BCA from 10/02/2022 (which excludes small enterprises, primary schools and kindergartens). */
public enum LegalBasis {
    CIRCULAR_23_2012,
    CIRCULAR_124_2021
}
