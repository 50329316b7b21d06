package vn.partydev.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;
import vn.partydev.training.service.KnownPeople;

/** Keeps who is on a cell's list (danh sách cảm tình Đảng), from candidate-service: only they enter awareness classes. */
@ApplicationScoped
public class CandidateListSubscriber implements EventSubscriber {

    private final KnownPeople people;

    CandidateListSubscriber(KnownPeople people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "training-candidate-list";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(CandidateListed.class, (event, meta) ->
                        people.lockedOrNew(event.candidateId()).listedBy(event.cellId(), event.resolutionDate()))
                .on(CandidateRemovedFromList.class, (event, meta) ->
                        people.lockedOrNew(event.candidateId()).removedFromList(event.cellId(), event.removedOn()));
    }
}
