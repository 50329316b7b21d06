package vn.partydev.platform.http;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.ProblemError;

import java.util.List;
import java.util.Map;

/** Refuses path and query parameters whose decoded text cannot be stored (a {@code %00}, an unpaired surrogate). */
public class StorableParameterFilter {

    @ServerRequestFilter
    public void refuseUnstorableParameters(UriInfo uri) {
        check(uri.getPathParameters(true));
        check(uri.getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String problem = StorableText.problemIn(parameter.getKey());
            for (String value : parameter.getValue()) {
                problem = problem != null ? problem : StorableText.problemIn(value);
            }
            if (problem != null) {
                String name = StorableText.problemIn(parameter.getKey()) == null ? parameter.getKey() : "(name)";
                throw new BadRequest("INVALID_TEXT", "parameter " + name + ": the text " + problem,
                        List.of(ProblemError.atParameter(name, "the text " + problem)));
            }
        }
    }
}
