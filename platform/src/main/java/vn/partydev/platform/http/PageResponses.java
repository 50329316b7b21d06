package vn.partydev.platform.http;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Answers a page as {@code 200 {items, nextCursor}} with a {@code Link: <...?cursor=...>; rel="next"} header. */
public final class PageResponses {

    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.links(Link.fromUri(next).rel("next").build());
        }
        return response.build();
    }
}
