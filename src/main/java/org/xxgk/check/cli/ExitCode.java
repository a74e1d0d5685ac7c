package org.xxgk.check.cli;

/** The documented exit codes of {@code check}. */
public enum ExitCode {
    /** Nothing at or above {@code --fail-on} was found. */
    OK(0),
    /** Something at or above {@code --fail-on} was found. */
    FINDINGS(1),
    /** A usage, input or rules error: nothing (or not everything) could be checked. */
    ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
