package org.xxgk.check.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.template.Text;

/**
 * Jackson's exceptions, told as one Chinese line with the file and line: what is wrong, where in the file's
 * structure, and what is allowed. Officers never see Jackson's own words or a stack trace.
 */
final class YamlErrors {

    private YamlErrors() {
    }

    /**
     * @param file the config file's name for messages
     * @param text the config file's text (to find the line of an unknown key)
     * @param e    what Jackson threw
     */
    static ConfigError translate(String file, String text, JsonProcessingException thrown) {
        JsonProcessingException e = syntaxCause(thrown);
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        if (e instanceof UnrecognizedPropertyException u) {
            line = keyLine(text, u.getPropertyName(), line);
        }
        return new ConfigError(file, line, message(e));
    }

    /** A YAML syntax error met while binding comes wrapped in a mapping exception: the syntax error is the news. */
    private static JsonProcessingException syntaxCause(JsonProcessingException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JsonParseException p) {
                return p;
            }
        }
        return e;
    }

    /**
     * Jackson places an unknown key where the parser stopped, which in YAML can be the line after the key (the
     * value has been read ahead). The key itself stands on the reported line or above it.
     */
    private static int keyLine(String text, String key, int reported) {
        String[] lines = text.split("\\R", -1);
        Pattern p = Pattern.compile("^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        for (int i = Math.min(reported, lines.length); i >= 1; i--) {
            if (p.matcher(lines[i - 1]).find()) {
                return i;
            }
        }
        return reported;
    }

    private static String message(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            String key = original.replaceFirst("^Duplicate field '([^']*)'.*$", "$1");
            return "键“" + key + "”重复出现；每个键只能写一次";
        }
        if (original.startsWith("Trailing token")) {
            return "配置文件只能有一个 YAML 文档；请删去第二个“---”及其后的内容";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownKey(u);
        }
        if (e instanceof InvalidFormatException f) {
            return "“" + where(f) + "”的值“" + f.getValue() + "”不合法；可用：" + allowed(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return mismatch(m);
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException)) {
            if (original.contains("alias") || original.contains("anchor")) {
                return "YAML 语法错误（" + original + "）；以 * 或 & 开头的值要加引号，如 reports: \"*.txt\"";
            }
            return "YAML 语法错误（" + original + "）；请检查缩进、冒号后的空格和引号是否成对";
        }
        return "无法读取“" + where((JsonMappingException) e) + "”：" + firstLine(e.getOriginalMessage());
    }

    private static String unknownKey(UnrecognizedPropertyException u) {
        String key = u.getPropertyName();
        List<String> known = known(u.getKnownPropertyIds());
        String parent = parent(u);
        StringBuilder sb = new StringBuilder("未知的键“").append(key).append("”");
        sb.append(parent.isEmpty() ? "（在顶层）" : "（在“" + parent + "”中）");
        sb.append("；可用的键：").append(String.join("、", known));
        String guess = closest(key, known);
        if (guess != null) {
            sb.append("；是不是“").append(guess).append("”？");
        }
        return sb.toString();
    }

    private static List<String> known(Collection<Object> ids) {
        if (ids == null) {
            return List.of();
        }
        List<String> names = ids.stream().map(Object::toString).toList();
        // Keep the documented order for the top level; alphabetical elsewhere.
        if (ConfigYaml.KEYS.containsAll(names) && names.size() == ConfigYaml.KEYS.size()) {
            return ConfigYaml.KEYS;
        }
        return names.stream().sorted(Comparator.naturalOrder()).toList();
    }

    /** A known name that differs from {@code key} by case, '_' for '-', or a letter or two; {@code null} if none. */
    static String closest(String key, Collection<String> known) {
        String norm = key.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            String lower = k.toLowerCase(Locale.ROOT);
            int d = lower.equals(norm) ? 0 : Text.distance(norm, lower);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, best.length() / 4)) ? best : null;
    }

    private static String mismatch(MismatchedInputException m) {
        String path = where(m);
        Class<?> target = m.getTargetType();
        String expected = expected(target);
        if (path.isEmpty()) {
            return "配置文件的顶层应为键值对（如“fail-on: error”）";
        }
        String original = firstLine(m.getOriginalMessage());
        if (original.contains("Cannot coerce") || original.contains("from Null")) {
            return "“" + path + "”没有值；应为" + expected;
        }
        return "“" + path + "”的写法不对：应为" + expected;
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "合适的值";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "列表（如 [a, b] 或每行一个“- 值”）";
        }
        if (Map.class.isAssignableFrom(target) || target == Entries.class || target.isRecord()) {
            return "键值对（每行一个“键: 值”）";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true 或 false";
        }
        if (target == Integer.class || target == int.class) {
            return "整数";
        }
        if (target.isEnum()) {
            return "以下之一：" + allowed(target);
        }
        return "一段文字";
    }

    private static String allowed(Class<?> target) {
        if (target == Severity.class) {
            return "error、warning、info";
        }
        if (target != null && target.isEnum()) {
            StringJoiner j = new StringJoiner("、");
            for (Object c : target.getEnumConstants()) {
                j.add(c.toString());
            }
            return j.toString();
        }
        return expected(target);
    }

    /** 「rule-settings → SECTION-LENGTH → severity」, 「suppressions 第2项 → rule」. */
    static String where(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append(" → ");
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append(" 第").append(r.getIndex() + 1).append("项");
            }
        }
        return sb.toString();
    }

    private static String parent(JsonMappingException e) {
        String full = where(e);
        int arrow = full.lastIndexOf(" → ");
        return arrow < 0 ? "" : full.substring(0, arrow);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().split("\\R", 2)[0];
    }
}
