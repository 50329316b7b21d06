package vn.partydev.admission.domain;

/** Who gave an opinion on the applicant: a mass organisation, or the cell of the place where the applicant lives. */
public enum OpinionGiver {
    YOUTH_UNION, TRADE_UNION, WOMENS_UNION, FARMERS_UNION, VETERANS_ASSOCIATION, FATHERLAND_FRONT, RESIDENCE_CELL
}
