package vn.partydev.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.admission.MemberAdmitted;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberRecognised;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.MemberStruckOff;
import vn.partydev.platform.events.admission.MemberTransferred;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;
import vn.partydev.training.domain.MembershipStanding;
import vn.partydev.training.service.KnownPeople;

/**
 * Keeps who is a probationary member (đảng viên dự bị), from admission-service: only they enter new-member theory
 * classes. A standing never moves back, so a recognition read before its admission stays official.
 */
@ApplicationScoped
public class MemberRollSubscriber implements EventSubscriber {

    private final KnownPeople people;

    MemberRollSubscriber(KnownPeople people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "training-member-roll";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(MemberAdmitted.class, (event, meta) -> people.lockedOrNew(event.candidateId())
                        .standing(MembershipStanding.PROBATIONARY, event.cellId(), event.ceremonyOn()))
                .on(MemberRegistered.class, (event, meta) -> people.lockedOrNew(event.memberId())
                        .standing(event.status() == MemberStatus.PROBATIONARY ? MembershipStanding.PROBATIONARY
                                : MembershipStanding.OFFICIAL, event.cellId(), event.entryDate()))
                .on(MemberRecognised.class, (event, meta) -> people.lockedOrNew(event.memberId())
                        .standing(MembershipStanding.OFFICIAL, event.cellId(), event.officialOn()))
                .on(MemberStruckOff.class, (event, meta) -> people.lockedOrNew(event.memberId())
                        .standing(MembershipStanding.STRUCK_OFF, event.cellId(), event.decidedOn()))
                .on(MemberLeft.class, (event, meta) -> people.lockedOrNew(event.memberId())
                        .standing(MembershipStanding.LEFT, event.cellId(), event.leftOn()))
                .on(MemberTransferred.class, (event, meta) -> people.lockedOrNew(event.memberId())
                        .transferredTo(event.toCellId()));
    }
}
