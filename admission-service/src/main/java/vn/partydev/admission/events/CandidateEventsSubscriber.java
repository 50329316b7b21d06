package vn.partydev.admission.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.candidate.CandidateProfileChanged;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

/** Learns from candidate-service who the candidates are (the categories rules need) and which cell lists them. */
@ApplicationScoped
public class CandidateEventsSubscriber implements EventSubscriber {

    @Override
    public String name() {
        return "admission-candidates";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.on(CandidateNominated.class, (event, meta) -> CandidateKnowledge.change(event.candidateId(), known -> {
            known.learnProfile(event.cellId(), event.residentialAreaId(), event.nominatedOn(), event.demographics());
            known.source = event.source();
        }));
        routes.on(CandidateProfileChanged.class, (event, meta) -> CandidateKnowledge.change(event.candidateId(),
                known -> known.learnProfile(event.cellId(), event.residentialAreaId(), event.changedOn(), event.demographics())));
        routes.on(CandidateListed.class, (event, meta) -> CandidateKnowledge.change(event.candidateId(),
                known -> known.listed(event.cellId(), event.resolutionDate())));
        routes.on(CandidateRemovedFromList.class, (event, meta) -> CandidateKnowledge.change(event.candidateId(),
                known -> known.removedFromList(event.removedOn())));
    }
}
