package vn.partydev.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import vn.partydev.platform.problem.ProblemMessages;

import java.util.Map;

/** Appends the problem codes (rule ids and constants) and their meaning to the document's description. */
final class ProblemCatalogue {

    static final String HEADING = "## Problem codes";

    private ProblemCatalogue() {
    }

    /**
     * The description is {@code partydev.openapi.description} followed by the catalogue (a description set with
     * {@code quarkus.smallrye-openapi.info-description} would replace it after this filter).
     */
    static void describeIn(OpenAPI openAPI, String serviceDescription) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo().title("PartyDev API").version("1.0.0"));
        }
        String description = serviceDescription != null ? serviceDescription
                : openAPI.getInfo().getDescription() == null ? "" : openAPI.getInfo().getDescription();
        if (description.contains(HEADING)) {
            return;
        }
        StringBuilder text = new StringBuilder(description);
        if (!description.isEmpty()) {
            text.append("\n\n");
        }
        text.append(HEADING).append("\n\nEvery error is an `application/problem+json` Problem whose `code` is one of these"
                + " (the rule ids come from the domain's rules); `title`, `detail` and `errors[].detail` are in Vietnamese with"
                + " `Accept-Language: vi`, in English otherwise. Map `code`, never `detail`, in a client.\n\n"
                + "| code | meaning |\n| --- | --- |\n");
        for (Map.Entry<String, String> code : ProblemMessages.catalogue().entrySet()) {
            text.append("| `").append(code.getKey()).append("` | ").append(code.getValue().replace("|", "\\|")).append(" |\n");
        }
        openAPI.getInfo().setDescription(text.toString());
        openAPI.getInfo().addExtension("x-problem-codes", ProblemMessages.catalogue());
    }
}
