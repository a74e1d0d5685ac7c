package org.xxgk.check.fact;

import java.math.BigDecimal;

/**
 * A threshold the officer sets in the config, for the rules that compare against it, such as
 * {@code Setting( name == "repeated-text-percent", $min : value )}. Inserted in the cross-report phase.
 *
 * @param name  the setting's name
 * @param value its value
 */
public record Setting(String name, BigDecimal value) {

    /** The share of repeated text (per cent) at which CROSS-REPEATED-TEXT warns: config {@code repeated-text}. */
    public static final String REPEATED_TEXT_PERCENT = "repeated-text-percent";
}
