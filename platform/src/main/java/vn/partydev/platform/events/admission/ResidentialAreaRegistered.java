package vn.partydev.platform.events.admission;

import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.ResidentialAreaKind;
import vn.partydev.platform.events.DomainEvent;

/** A residential area (thôn, bản, ấp, tổ dân phố) of a commune was registered or changed; carries its current state. */
public record ResidentialAreaRegistered(
        UUID residentialAreaId,
        UUID communeId,
        ResidentialAreaKind kind,
        String name,
        boolean disadvantaged,
        UUID coveringCellId,
        Integer population) implements DomainEvent {

    @Override
    public String subject() {
        return residentialAreaId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(communeId);
    }
}
