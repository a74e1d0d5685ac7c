package org.xxgk.check.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import org.xxgk.check.fact.TemplateMarker;

/**
 * Wording helpers for rule messages. They only format what a rule has already decided; no rule logic lives here.
 * Import with {@code import function org.xxgk.check.engine.Messages.markers;}.
 */
public final class Messages {

    private Messages() {
    }

    /** 「“本年新制作数量”（第46行）、“政府集中采购”（第61行）」, in line order. */
    public static String markers(List<?> markers) {
        List<TemplateMarker> sorted = new ArrayList<>();
        for (Object o : markers) {
            sorted.add((TemplateMarker) o);
        }
        sorted.sort(Comparator.comparingInt(TemplateMarker::line).thenComparingInt(TemplateMarker::position));
        StringJoiner joined = new StringJoiner("、");
        for (TemplateMarker m : sorted) {
            joined.add("“" + m.label() + "”（第" + m.line() + "行）");
        }
        return joined.toString();
    }
}
