package org.xxgk.check.config;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;

/**
 * A value read from the config file with the line it stands on, so that a mistake found after reading (an unknown
 * rule id, a pattern that does not compile) can still be placed on its line.
 *
 * @param value the value as bound
 * @param line  1-based line of the value in the config file
 */
@JsonDeserialize(using = Located.Reader.class)
public record Located<T>(T value, int line) {

    /** Reads the wrapped type as usual and notes where its first token stands. */
    static final class Reader extends JsonDeserializer<Located<?>> implements ContextualDeserializer {

        private final JavaType type;

        Reader() {
            this(null);
        }

        private Reader(JavaType type) {
            this.type = type;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType wrapper = ctxt.getContextualType() != null ? ctxt.getContextualType() : property.getType();
            return new Reader(wrapper.containedTypeOrUnknown(0));
        }

        @Override
        public Located<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            return new Located<>(ctxt.readValue(p, type), line);
        }
    }
}
