package vn.partydev.platform.http;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** TEMPORARY stand-in for the platform-web contract. */
public final class PageResponses {
    private PageResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            response.links(Link.fromUri(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build()).rel("next").build());
        }
        return response.build();
    }
}
