package vn.partydev.platform.codes;

/** Residential areas of a commune: thôn, bản, ấp, tổ dân phố (and the equivalents buôn, sóc, làng, khóm). */
public enum ResidentialAreaKind {
    THON, BAN, AP, TO_DAN_PHO, BUON, SOC, LANG, KHOM
}
