package vn.partydev.candidate.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.candidate.service.MemberRoll;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.MemberStruckOff;
import vn.partydev.platform.events.admission.MemberTransferred;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

/** Keeps the member roll R-CAND-2 checks helpers against: who is official, since when, in which cell. */
@ApplicationScoped
public class MemberRollSubscriber implements EventSubscriber {

    private final MemberRoll roll;

    MemberRollSubscriber(MemberRoll roll) {
        this.roll = roll;
    }

    @Override
    public String name() {
        return "candidate-member-roll";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(MemberRegistered.class, (event, meta) ->
                roll.registered(event.memberId(), event.cellId(), event.status(), event.entryDate(), event.officialDate()));
        // members admitted through the pipeline keep their candidate id
        routes.on(MemberAdmitted.class, (event, meta) -> roll.admitted(event.candidateId(), event.cellId(), event.ceremonyOn()));
        routes.on(MemberTransferred.class, (event, meta) -> roll.transferred(event.memberId(), event.toCellId(), event.transferredOn()));
        routes.on(MemberRecognised.class, (event, meta) -> roll.recognised(event.memberId(), event.cellId(), event.officialOn()));
        routes.on(MemberLeft.class, (event, meta) -> roll.left(event.memberId(), event.leftOn()));
        routes.on(MemberStruckOff.class, (event, meta) -> roll.left(event.memberId(), event.decidedOn()));
    }
}
