package vn.partydev.platform.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** TEMPORARY stand-in for the platform-web contract. */
public class ProblemMapper {
    @ServerExceptionMapper
    public Response map(ProblemException problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://partydev.vn/problems/" + problem.status());
        body.put("title", problem.code());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("code", problem.code());
        return Response.status(problem.status()).type("application/problem+json").entity(body).build();
    }
}
