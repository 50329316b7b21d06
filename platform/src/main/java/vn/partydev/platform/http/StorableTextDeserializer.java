package vn.partydev.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

import java.io.IOException;

/** Jackson's own string reading, refusing NUL characters and unpaired surrogates. */
class StorableTextDeserializer extends StdScalarDeserializer<String> {

    StorableTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        String problem = StorableText.problemIn(text);
        if (problem != null) {
            throw new UnacceptableTextException(parser, problem);
        }
        return text;
    }
}
