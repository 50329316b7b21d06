package vn.partydev.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that is not storable text (see {@link StorableText}); answered as a 400 with the field's pointer. */
public class UnacceptableTextException extends MismatchedInputException {

    private final String reason;

    public UnacceptableTextException(JsonParser parser, String reason) {
        super(parser, "the text " + reason, String.class);
        this.reason = reason;
    }

    public String reason() {
        return "the text " + reason;
    }
}
