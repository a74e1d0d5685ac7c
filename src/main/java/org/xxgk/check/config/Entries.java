package org.xxgk.check.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * A YAML mapping whose keys are data (rule ids, table labels), in file order, each key with its line: a plain
 * {@code Map} would lose the line an unknown rule id stands on.
 *
 * @param entries the key–value pairs as written
 */
@JsonDeserialize(using = Entries.Reader.class)
public record Entries<V>(List<Entry<V>> entries) {

    public Entries {
        entries = List.copyOf(entries);
    }

    /** One key of the mapping, its line and its value. */
    public record Entry<V>(String key, int line, V value) {
    }

    static <V> Entries<V> none() {
        return new Entries<>(List.of());
    }

    static final class Reader extends JsonDeserializer<Entries<?>> implements ContextualDeserializer {

        private final JavaType valueType;

        Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType wrapper = ctxt.getContextualType() != null ? ctxt.getContextualType() : property.getType();
            return new Reader(wrapper.containedTypeOrUnknown(0));
        }

        @Override
        public Entries<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (Entries<?>) ctxt.handleUnexpectedToken(ctxt.constructType(Entries.class), p);
            }
            List<Entry<Object>> entries = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                p.nextToken();
                Object value;
                try {
                    value = p.currentToken() == JsonToken.VALUE_NULL ? null : ctxt.readValue(p, valueType);
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, entries, key);
                }
                entries.add(new Entry<>(key, line, value));
            }
            return new Entries<>(entries);
        }
    }
}
