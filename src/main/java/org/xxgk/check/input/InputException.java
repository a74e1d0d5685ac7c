package org.xxgk.check.input;

/** A file that cannot be checked: missing, empty, binary, or not a report. The message is one Chinese line. */
public final class InputException extends Exception {

    public InputException(String message) {
        super(message);
    }
}
