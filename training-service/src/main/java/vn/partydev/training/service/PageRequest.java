package vn.partydev.training.service;

import vn.partydev.platform.http.Page;

/** A page of a keyset list: how many items, and the opaque cursor of the previous page (or null for the first). */
public record PageRequest(int limit, String cursor) {

    /** The platform's page-size rules (default 50, at most 500; 400 otherwise). */
    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(Page.limit(limit), cursor);
    }
}
