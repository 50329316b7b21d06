package vn.partydev.admission.events;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.platform.events.DomainEvent;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.candidate.CandidateProfileChanged;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.inbox.DeliveredEvent;
import vn.partydev.platform.inbox.EventRoutes;
import vn.partydev.platform.inbox.EventSubscriber;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Learns from candidate-service who the candidates are (the categories rules need) and which cell lists them. A poll's
 * events are applied together: what is known of their candidates is read in one query and changed in reading order,
 * so the cost of a nomination does not include its own round trips to the database (one poll, a few statements).
 */
@ApplicationScoped
public class CandidateEventsSubscriber implements EventSubscriber {

    @Override
    public String name() {
        return "admission-candidates";
    }

    @Override
    public void subscribe(EventRoutes routes) {
        routes.inBatches(List.of(CandidateNominated.class, CandidateProfileChanged.class, CandidateListed.class,
                CandidateRemovedFromList.class), this::learn);
    }

    private void learn(List<DeliveredEvent> events) {
        // a candidate event's subject is the candidate
        List<UUID> candidates = events.stream().map(delivered -> UUID.fromString(delivered.event().subject())).toList();
        Map<UUID, CandidateKnowledge> known = CandidateKnowledge.ofCandidates(candidates);
        for (int i = 0; i < events.size(); i++) {
            learn(events.get(i).event(), known.get(candidates.get(i)));
        }
        CandidateKnowledge.saveNew(known.values());
    }

    private static void learn(DomainEvent event, CandidateKnowledge known) {
        if (event instanceof CandidateNominated nominated) {
            known.learnProfile(nominated.cellId(), nominated.residentialAreaId(), nominated.nominatedOn(), nominated.demographics());
            known.source = nominated.source();
        } else if (event instanceof CandidateProfileChanged changed) {
            known.learnProfile(changed.cellId(), changed.residentialAreaId(), changed.changedOn(), changed.demographics());
        } else if (event instanceof CandidateListed listed) {
            known.listed(listed.cellId(), listed.resolutionDate());
        } else if (event instanceof CandidateRemovedFromList removed) {
            known.removedFromList(removed.removedOn());
        } else {
            throw new IllegalArgumentException("not a candidate event: " + event.getClass().getSimpleName());
        }
    }
}
