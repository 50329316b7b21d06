package vn.partydev.admission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One vote of a cell or committee on the case; every attempt is kept, adopted or not. */
@Entity
@Table(name = "case_vote")
public class CaseVote extends CaseRecord {

    @Enumerated(EnumType.STRING)
    public VoteKind kind;

    public int attempt;

    @Column(name = "voted_on")
    public LocalDate votedOn;

    public int yes;

    public int no;

    /** Eligible official members of the cell (R-VOTE-1) or the committee's members (R-VOTE-2). */
    public int electorate;

    @Column(name = "yes_needed")
    public int yesNeeded;

    @Enumerated(EnumType.STRING)
    public VoteOutcome outcome;
}
