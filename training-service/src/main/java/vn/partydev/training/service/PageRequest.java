package vn.partydev.training.service;

import vn.partydev.platform.problem.BadRequest;

/** A page of a keyset list: how many items, and the opaque cursor of the previous page (or null for the first). */
public record PageRequest(int limit, String cursor) {

    public static PageRequest of(Integer limit, String cursor, TrainingConfig config) {
        int size = limit == null ? config.defaultPageSize() : limit;
        if (size < 1 || size > config.maximumPageSize()) {
            throw new BadRequest("INVALID_LIMIT", "limit must be between 1 and " + config.maximumPageSize() + ", was " + size);
        }
        return new PageRequest(size, cursor);
    }
}
