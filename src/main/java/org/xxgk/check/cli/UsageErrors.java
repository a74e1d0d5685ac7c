package org.xxgk.check.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * picocli's own parameter errors in Chinese: 「Unknown option: '--bogus'」 becomes 「未知的选项：--bogus」, 「Invalid
 * value for option '--fail-on': expected one of [...] but was 'fatal'」 becomes 「选项 --fail-on 的值 'fatal' 无效：
 * 应为 error、warning、info、none 之一」. Every error ends with where to find the usage; the exit code is 2.
 */
final class UsageErrors {

    private static final Pattern INVALID = Pattern.compile(
            "Invalid value for (?:option|positional parameter at index \\d+ \\(.*?\\)) ?'?([^':]*)'?: (.*)", Pattern.DOTALL);
    private static final Pattern ONE_OF = Pattern.compile("expected one of \\[(.*)] \\(case-insensitive\\) but was '(.*)'");
    private static final Pattern NOT_A = Pattern.compile("'(.*)' is not an? (int|long|double|float|integer)");
    private static final Pattern MISSING = Pattern.compile("Missing required (?:parameter|option)s?(?: for option '([^']*)')?[: ]*(.*)");
    private static final Pattern ONCE = Pattern.compile("option '([^']*)' \\((.*)\\) should be specified only once.*");

    private UsageErrors() {
    }

    static int handle(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        c.getErr().println("错误: " + chinese(e));
        c.getErr().println("用 " + c.getCommandSpec().qualifiedName() + " --help 查看用法");
        return ExitCode.ERROR.code();
    }

    static String chinese(CommandLine.ParameterException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String what = unmatched.isEmpty() ? message : String.join(" ", unmatched);
            boolean option = !unmatched.isEmpty() && unmatched.get(0).startsWith("-");
            StringBuilder sb = new StringBuilder(option ? "未知的选项：" : "多余的参数：").append(what);
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                sb.append("；是不是 ").append(String.join("、", suggestions)).append("？");
            }
            return sb.toString();
        }
        Matcher m = INVALID.matcher(message);
        if (m.matches()) {
            String option = m.group(1).strip();
            String why = m.group(2).strip();
            Matcher oneOf = ONE_OF.matcher(why);
            if (oneOf.find()) {
                return "选项 " + option + " 的值 '" + oneOf.group(2) + "' 无效：应为 "
                        + String.join("、", oneOf.group(1).split(",\\s*")) + " 之一";
            }
            Matcher notA = NOT_A.matcher(why);
            if (notA.find()) {
                return "选项 " + option + " 的值 '" + notA.group(1) + "' 无效：应为整数";
            }
            return "选项 " + option + " 的值无效（" + why + "）";
        }
        Matcher missing = MISSING.matcher(message);
        if (e instanceof CommandLine.MissingParameterException && missing.matches()) {
            return missing.group(1) != null ? "选项 " + missing.group(1) + " 缺少值"
                    : "缺少参数：" + missing.group(2).replace("'", "");
        }
        Matcher once = ONCE.matcher(message);
        if (once.matches()) {
            return "选项 " + once.group(1) + " 只能给一次";
        }
        if (!message.isEmpty() && message.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF)) {
            return message; // ours, already Chinese
        }
        return "命令行参数有误（" + message + "）";
    }
}
