package org.xxgk.check.cli;

import java.time.Duration;

import org.xxgk.check.config.Limits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for option values written as people write them: 「10s」, 「20MB」. */
final class Options {

    private Options() {
    }

    /** 「10s」「2m」「500ms」「10」 (seconds). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d = Limits.duration(value);
            if (d == null) {
                throw new TypeConversionException("“" + value + "”不是时长；应写如 10s、2m、500ms");
            }
            return d;
        }
    }

    /** 「20MB」「512KB」「1048576」 (bytes). */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Long n = Limits.bytes(value);
            if (n == null) {
                throw new TypeConversionException("“" + value + "”不是文件大小；应写如 20MB、512KB");
            }
            return n;
        }
    }
}
