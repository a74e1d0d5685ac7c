package org.xxgk.check.config;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.xxgk.check.config.ConfigYaml.ClaimPattern;
import org.xxgk.check.finding.Severity;
import org.xxgk.check.template.TemplateSpec;
import org.xxgk.check.template.Templates;

/** Finds and reads the config file, strictly: any mistake is a {@link ConfigException} naming file and line. */
public final class ConfigFile {

    /** The config file looked for in the working directory when {@code --config} is not given. */
    public static final String DEFAULT_NAME = "xxgk.yaml";

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ConfigFile() {
    }

    /**
     * {@code --config FILE} when given (it must exist), else the nearest {@code xxgk.yaml} from {@code workingDir}
     * upwards ({@link #discover}), else no config.
     */
    public static Config find(Path explicit, Path workingDir) throws ConfigException {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new ConfigException(new ConfigError(explicit.toString(), 0, "配置文件不存在"));
            }
            return read(explicit, explicit.toString());
        }
        Path implicit = discover(workingDir);
        if (implicit == null) {
            return Config.none();
        }
        Path here = workingDir.resolve(DEFAULT_NAME);
        return read(implicit, implicit.equals(here) && workingDir.equals(Path.of("")) ? DEFAULT_NAME
                : implicit.equals(here) ? here.toString() : implicit.toString());
    }

    /**
     * The nearest {@code xxgk.yaml} in {@code workingDir} or a folder above it, as tools such as ESLint, Prettier
     * and EditorConfig look for theirs: a run from a subfolder of the reports uses the config of the whole
     * collection. The search stops at the filesystem root and at a repository root (a folder holding {@code .git}),
     * so a config outside the project never applies by accident. {@code null} when there is none.
     */
    public static Path discover(Path workingDir) {
        Path here = workingDir.resolve(DEFAULT_NAME);
        if (Files.isRegularFile(here)) {
            return here;
        }
        if (Files.exists(workingDir.resolve(".git"))) {
            return null;
        }
        for (Path dir = workingDir.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (Files.exists(dir.resolve(".git"))) {
                return null;
            }
        }
        return null;
    }

    /** {@link #find(Path, Path)} in the process's working directory. */
    public static Config find(Path explicit) throws ConfigException {
        return find(explicit, Path.of(""));
    }

    /**
     * Reads one config file.
     *
     * @param file  the file
     * @param shown its name in messages
     */
    public static Config read(Path file, String shown) throws ConfigException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(new ConfigError(shown, 0, "配置文件不是 UTF-8 编码；请另存为 UTF-8"));
        } catch (IOException e) {
            throw new ConfigException(new ConfigError(shown, 0, "无法读取配置文件（" + e.getMessage() + "）"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ConfigYaml yaml;
        ObjectMapper mapper = Mapper.YAML;
        try (JsonParser p = mapper.createParser(text)) {
            yaml = p.nextToken() == null ? null : mapper.readValue(p, ConfigYaml.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(YamlErrors.translate(shown, text, e));
        } catch (IOException e) {
            throw new ConfigException(new ConfigError(shown, 0, "无法读取配置文件（" + e.getMessage() + "）"));
        }
        if (yaml == null) {
            return new Config(shown, null, null, 0, Entries.none(), List.of(), List.of(), Map.of(), List.of(), null,
                    Limits.NONE, null);
        }
        Path folder = file.toAbsolutePath().getParent();
        return check(shown, folder, yaml);
    }

    /**
     * The YAML mapper, built on first use: most runs have no config file, and building it costs a fifth of a second
     * of start-up (Jackson's YAML and databind classes).
     */
    private static final class Mapper {
        static final ObjectMapper YAML = mapper();
    }

    private static ObjectMapper mapper() {
        SimpleModule severity = new SimpleModule().addDeserializer(Severity.class, new JsonDeserializer<>() {
            @Override
            public Severity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                Severity s = Severity.parse(text);
                if (s == null) {
                    return (Severity) ctxt.handleWeirdStringValue(Severity.class, text, "not error/warning/info");
                }
                return s;
            }
        });
        ObjectMapper m = Templates.yamlMapper()
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .registerModule(severity);
        m.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return m;
    }

    /** The checks that need no rule set: folders exist, labels are known, patterns and globs compile. */
    private static Config check(String shown, Path folder, ConfigYaml yaml) throws ConfigException {
        List<ConfigError> errors = new ArrayList<>();

        Path rules = null;
        if (yaml.rules() != null && yaml.rules().value() != null) {
            String written = yaml.rules().value().strip();
            int line = yaml.rules().line();
            try {
                rules = written.isEmpty() ? null : folder.resolve(written).normalize();
            } catch (InvalidPathException e) {
                rules = null;
            }
            if (rules == null) {
                errors.add(new ConfigError(shown, line, "rules 的值“" + written + "”不是文件夹路径；"
                        + "应写规则文件夹的路径，如 rules（相对路径从配置文件所在的文件夹算起）"));
            } else if (!Files.isDirectory(rules)) {
                errors.add(new ConfigError(shown, line, "rules 指定的规则文件夹不存在：" + rules
                        + "（相对路径从配置文件所在的文件夹算起）"));
            }
        }

        Path baseline = null;
        if (yaml.baseline() != null && yaml.baseline().value() != null && !yaml.baseline().value().isBlank()) {
            String written = yaml.baseline().value().strip();
            try {
                baseline = folder.resolve(written).normalize();
            } catch (InvalidPathException e) {
                errors.add(new ConfigError(shown, yaml.baseline().line(), "baseline 的值“" + written
                        + "”不是文件路径；应写基线文件的路径，如 xxgk-baseline.json（相对路径从配置文件所在的文件夹算起）"));
            }
        }

        List<Located<String>> requirements = new ArrayList<>();
        for (Located<String> r : nonNull(yaml.requirements())) {
            if (r == null || r.value() == null || !NAME.matcher(r.value()).matches()) {
                errors.add(new ConfigError(shown, r == null ? 0 : r.line(), "requirements 中的“"
                        + (r == null ? "" : r.value()) + "”不是要求名；要求名由小写字母、数字和连字符组成，如 npc-cppcc-proposals"));
            } else {
                requirements.add(r);
            }
        }

        List<Located<Suppression>> suppressions = new ArrayList<>();
        for (int i = 0; i < nonNull(yaml.suppressions()).size(); i++) {
            Located<ConfigYaml.Suppression> item = yaml.suppressions().get(i);
            String at = "suppressions 第" + (i + 1) + "项";
            ConfigYaml.Suppression s = item == null ? null : item.value();
            int line = item == null ? 0 : item.line();
            if (s == null) {
                errors.add(new ConfigError(shown, line, at + "为空；应写 reports、rule、reason 三个键"));
                continue;
            }
            String glob = text(s.reports());
            String rule = text(s.rule());
            if (glob.isEmpty() || rule.isEmpty() || s.reason() == null || s.reason().isBlank()) {
                List<String> missing = new ArrayList<>();
                if (glob.isEmpty()) {
                    missing.add("reports（年报路径的通配符，如 reports/2024/*.txt）");
                }
                if (rule.isEmpty()) {
                    missing.add("rule（规则 id）");
                }
                if (s.reason() == null || s.reason().isBlank()) {
                    missing.add("reason（为什么可以不报）");
                }
                errors.add(new ConfigError(shown, line, at + "缺少 " + String.join("、", missing)));
                continue;
            }
            try {
                suppressions.add(new Located<>(new Suppression(glob, rule, s.reason().strip()), s.rule().line()));
            } catch (IllegalArgumentException e) {
                errors.add(new ConfigError(shown, s.reports().line(), at + "的 reports 通配符“" + glob
                        + "”写法不对（" + e.getMessage().split("\\R", 2)[0] + "）；可用 * ? ** [abc] {a,b}"));
            }
        }

        Templates builtIn = Templates.builtIn();
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        for (Entries.Entry<List<String>> e : nonNull(yaml.labelSynonyms())) {
            if (!builtIn.knowsLabel(e.key())) {
                errors.add(new ConfigError(shown, e.line(), "label-synonyms 中的“" + e.key()
                        + "”不是模板中的表格标签；请写模板里的标准写法（见 src/main/resources/templates/tables.yaml），"
                        + "如“行政规范性文件”“本年收费金额（单位：万元）”"));
            } else if (e.value() == null || e.value().isEmpty()
                    || e.value().stream().anyMatch(v -> v == null || v.isBlank())) {
                errors.add(new ConfigError(shown, e.line(), "label-synonyms 中“" + e.key()
                        + "”的同义写法应为不空的文字列表，如 [规范性文件]"));
            } else {
                synonyms.put(e.key(), List.copyOf(e.value()));
            }
        }

        List<TemplateSpec.ClaimPattern> claims = new ArrayList<>();
        for (int i = 0; i < nonNull(yaml.claimPatterns()).size(); i++) {
            Located<ClaimPattern> item = yaml.claimPatterns().get(i);
            String at = "claim-patterns 第" + (i + 1) + "项";
            ClaimPattern c = item == null ? null : item.value();
            int line = item == null ? 0 : item.line();
            if (c == null || c.kind() == null || !NAME.matcher(c.kind()).matches()) {
                errors.add(new ConfigError(shown, line, at + "的 kind 应为陈述种类名（小写字母、数字和连字符，如 fee-none）"));
                continue;
            }
            if (text(c.regex()).isEmpty()) {
                errors.add(new ConfigError(shown, line, at + "缺少 regex（Java 正则表达式）"));
                continue;
            }
            boolean ok = compiles(shown, at + "的 regex", c.regex(), errors);
            if (c.exclude() != null && !text(c.exclude()).isEmpty()) {
                ok &= compiles(shown, at + "的 exclude", c.exclude(), errors);
            }
            if (c.sections() != null && c.sections().stream().anyMatch(s -> s == null || s < 0 || s > 6)) {
                errors.add(new ConfigError(shown, line, at + "的 sections 只能是 1 到 6 的部分编号（0 表示第一部分之前）"));
                ok = false;
            }
            if (ok) {
                claims.add(new TemplateSpec.ClaimPattern(c.kind(), c.regex().value(),
                        c.exclude() == null || text(c.exclude()).isEmpty() ? null : c.exclude().value(),
                        c.sections() == null ? null : List.copyOf(c.sections())));
            }
        }

        Limits limits = limits(shown, yaml.limits(), errors);
        BigDecimal repeated = null;
        if (yaml.repeatedTextPercent() != null) {
            repeated = yaml.repeatedTextPercent().value();
            if (repeated == null || repeated.signum() <= 0 || repeated.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new ConfigError(shown, yaml.repeatedTextPercent().line(), "repeated-text-percent 的值“"
                        + (repeated == null ? "" : repeated.toPlainString()) + "”不在 1 到 100 之间；应写百分数的数值，"
                        + "如 50（第五、一部分与上一年度或同年另一机关年报重复的文字达到50%时警告）"));
                repeated = null;
            }
        }

        if (!errors.isEmpty()) {
            throw new ConfigException(shown, errors);
        }
        return new Config(shown, yaml.failOn(), rules, yaml.rules() == null ? 0 : yaml.rules().line(),
                yaml.ruleSettings() == null ? Entries.none() : yaml.ruleSettings(), requirements, suppressions,
                synonyms, claims, baseline, limits, repeated);
    }

    private static Limits limits(String shown, ConfigYaml.LimitSettings yaml, List<ConfigError> errors) {
        if (yaml == null) {
            return Limits.NONE;
        }
        Long size = value(shown, yaml.maxSize(), Limits::bytes, "max-size", "文件大小；应写如 20MB、512KB", errors);
        Duration timeout = value(shown, yaml.timeout(), Limits::duration, "timeout", "时长；应写如 10s、2m", errors);
        Integer chars = positive(yaml.maxChars());
        Integer firings = positive(yaml.maxFirings());
        if (chars == null && yaml.maxChars() != null || firings == null && yaml.maxFirings() != null) {
            errors.add(new ConfigError(shown, 0, "limits 中的 max-chars 和 max-firings 应为正整数"));
        }
        return new Limits(size, chars, timeout, firings);
    }

    /** A limit written as text, read by {@code reader}; an error naming the line when it cannot be. */
    private static <T> T value(String shown, Located<String> written, Function<String, T> reader, String key,
                               String expected, List<ConfigError> errors) {
        if (written == null || written.value() == null) {
            return null;
        }
        T value = reader.apply(written.value());
        if (value == null) {
            errors.add(new ConfigError(shown, written.line(), "limits 中 " + key + " 的值“" + written.value() + "”不是"
                    + expected));
        }
        return value;
    }

    private static Integer positive(Integer n) {
        return n != null && n > 0 ? n : null;
    }

    private static boolean compiles(String shown, String what, Located<String> regex, List<ConfigError> errors) {
        try {
            Pattern.compile(regex.value());
            return true;
        } catch (PatternSyntaxException e) {
            errors.add(new ConfigError(shown, regex.line(), what + " 不是合法的 Java 正则表达式（" + e.getDescription()
                    + "，在第" + (e.getIndex() + 1) + "个字符附近）"));
            return false;
        }
    }

    private static String text(Located<String> value) {
        return value == null || value.value() == null ? "" : value.value().strip();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <V> List<Entries.Entry<V>> nonNull(Entries<V> entries) {
        return entries == null ? List.of() : entries.entries();
    }
}
