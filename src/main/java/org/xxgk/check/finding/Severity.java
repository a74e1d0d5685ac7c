package org.xxgk.check.finding;

import java.util.Locale;

/** How serious a finding is. Declared in each rule's {@code @severity}; order matters for {@code --fail-on}. */
public enum Severity {
    INFO("提示"),
    WARNING("警告"),
    ERROR("错误");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /** The level as printed for people: 错误, 警告, 提示. */
    public String chinese() {
        return chinese;
    }

    /** The level as written in rules, config and JSON: error, warning, info. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses error / warning / info; returns {@code null} for anything else. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.id().equals(text.trim())) {
                return s;
            }
        }
        return null;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
