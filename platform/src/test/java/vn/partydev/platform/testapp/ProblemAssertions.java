package vn.partydev.platform.testapp;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** What every problem answer must be: problem+json, the status in the body too, the code, and no stack trace. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, int status, String code) {
        return response
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("type", startsWith("https://partydev.vn/problems/"))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body(allOf(not(containsString("\tat ")), not(containsString("at vn.partydev")),
                        not(containsString("Exception")), not(containsString("java."))));
    }
}
