package vn.partydev.admission;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.partydev.local.ServiceOpenApiContractTest;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class OpenApiContractTest extends ServiceOpenApiContractTest {

    OpenApiContractTest() {
        super("admission-service");
    }

    /** What the platform's filter adds, seen on this service's operations. */
    @Test
    void theStandardHeadersAnswersAndCodesAreDeclared() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String open = "paths.'/api/v1/admission-cases'.post";
        assertEquals("openAdmissionCase", document.getString(open + ".operationId"));
        assertThat(document.getList(open + ".parameters.name"), hasItems("Idempotency-Key", "Accept-Language"));
        assertThat(document.getString(open + ".requestBody.content.'application/json'.example.candidateId"), containsString("-"));
        assertEquals("#/components/schemas/Problem",
                document.getString(open + ".responses.'415'.content.'application/problem+json'.schema.'$ref'"));
        assertThat(document.getMap(open + ".responses.'201'.headers").keySet(), hasItems("Location", "ETag"));

        String replace = "paths.'/api/v1/organisations/{id}'.put";
        assertThat(document.getList(replace + ".parameters.name"), hasItem("If-Match"));
        assertThat(document.getMap(replace + ".responses").keySet(), hasItems("400", "401", "403", "404", "406", "412", "428", "500"));

        String list = "paths.'/api/v1/admission-cases'.get";
        assertEquals("#/components/schemas/AdmissionCasePage",
                document.getString(list + ".responses.'200'.content.'application/json'.schema.'$ref'"));
        assertThat(document.getMap(list + ".responses.'200'.headers").keySet(), hasItem("Link"));
        assertThat(document.getList("components.schemas.AdmissionCaseSummary.required"), hasItems("id", "overdue"));
        // the work queue's items name their cell for a front-end (issue 15 item 4)
        assertEquals("#/components/schemas/DueItemPage",
                document.getString("paths.'/api/v1/deadlines'.get.responses.'200'.content.'application/json'.schema.'$ref'"));
        assertEquals("#/components/schemas/WorkQueueItem", document.getString("components.schemas.DueItemPage.properties.items.items.'$ref'"));
        assertThat(document.getMap("components.schemas.WorkQueueItem.properties").keySet(), hasItems("cellId", "cellCode", "cellName", "rule"));

        // the feed's data is a JSON object of the event's own schema, not Jackson's JsonNode internals
        String data = "components.schemas.FeedEvent.properties.data";
        assertEquals(List.of("object"), typeOf(document, data));
        assertNull(document.get(data + ".'$ref'"));
        assertNull(document.get(data + ".properties"));
        assertEquals(Boolean.TRUE, document.get(data + ".additionalProperties"));
        assertNull(document.get("components.schemas.JsonNode"));
        // an import error names the rule it breaks; the stored sentence behind its Vietnamese detail is not answered
        assertThat(document.getMap("components.schemas.ImportError.properties").keySet(), hasItems("line", "column", "code", "detail"));
        assertThat(document.getMap("components.schemas.ImportError.properties").keySet(), not(hasItem("message")));

        assertThat(document.getString("info.description"), containsString("| `R-VOTE-1` |"));
        assertThat(document.getString("info.description"), containsString("| `STEP_OUT_OF_ORDER` |"));
    }

    /** A schema's type: a string in OpenAPI 3.0, a string or a list in 3.1. */
    private static List<Object> typeOf(JsonPath document, String schema) {
        Object type = document.get(schema + ".type");
        return type instanceof List<?> list ? List.copyOf(list) : List.of(String.valueOf(type));
    }
}
