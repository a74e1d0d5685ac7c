package org.xxgk.check.config;

import java.util.List;

/** The config file cannot be used: nothing is checked with a config the officer did not mean. */
public final class ConfigException extends Exception {

    private final List<ConfigError> errors;

    public ConfigException(String file, List<ConfigError> errors) {
        super("配置文件 " + file + " 有 " + errors.size() + " 处错误");
        // In file order, whichever check found them.
        this.errors = errors.stream().sorted(java.util.Comparator.comparingInt(ConfigError::line)).toList();
    }

    public ConfigException(ConfigError error) {
        this(error.file(), List.of(error));
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
