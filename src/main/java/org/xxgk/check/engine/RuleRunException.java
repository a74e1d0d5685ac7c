package org.xxgk.check.engine;

/**
 * Running the rules over one report failed: a rule threw, fired without end, or the run was interrupted. The message
 * is one Chinese line naming the rule; the report is an error of its own and the batch goes on.
 */
public final class RuleRunException extends RuntimeException {

    public RuleRunException(String message) {
        super(message);
    }

    public RuleRunException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception as people read it: its kind and its first line, never a stack trace. */
    public static String describe(Throwable t) {
        if (t == null) {
            return "未知错误";
        }
        String message = t.getMessage() == null ? "" : t.getMessage().strip().split("\\R", 2)[0];
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : "：" + message);
    }
}
