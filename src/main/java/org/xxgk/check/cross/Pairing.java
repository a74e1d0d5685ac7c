package org.xxgk.check.cross;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xxgk.check.fact.Unpaired;
import org.xxgk.check.template.AgencyNames;
import org.xxgk.check.template.Text;

/**
 * Pairs each report with last year's report of the same agency. Names are compared after NFKC (full-width forms)
 * and without white space; a region prefix present in one year and not the other does not matter
 * (「淮安市洪泽区人民政府」 and 「洪泽区人民政府」), but two different prefixes do (南京市 and 福州市 both have a 鼓楼区).
 * A government and its 办公室 are not paired: each publishes its own report. Never guessed: a report without an
 * agency or a year is {@link Unpaired}, and so is one for which several reports of last year fit.
 */
final class Pairing {

    /** A normalised agency name: the part without region prefix, and the prefix. */
    record Name(String local, String prefix) {

        static Name of(String agency, AgencyNames names) {
            String full = Text.compact(Text.clean(agency));
            String local = names.withoutRegion(full);
            return new Name(local, full.substring(0, full.length() - local.length()));
        }

        /** The same agency: the same local name, and prefixes that one ends the other (or one is absent). */
        boolean same(Name other) {
            return local.equals(other.local) && (prefix.isEmpty() || other.prefix.isEmpty()
                    || prefix.endsWith(other.prefix) || other.prefix.endsWith(prefix));
        }
    }

    /** The outcome for one report: last year's report, or why there is none (both null: none in the batch). */
    record Pair(Digest previous, Unpaired unpaired) {
        static final Pair NONE = new Pair(null, null);
    }

    private final AgencyNames names;
    private final Map<Digest, Name> nameOf = new IdentityHashMap<>();
    private final Map<String, List<Digest>> byLocal = new HashMap<>();

    /** @param all every report of the batch, and those given as last year's only */
    Pairing(List<Digest> all, AgencyNames names) {
        this.names = names;
        for (Digest d : all) {
            if (d.report().agency() == null) {
                continue;
            }
            Name n = Name.of(d.report().agency(), names);
            nameOf.put(d, n);
            byLocal.computeIfAbsent(n.local(), k -> new ArrayList<>()).add(d);
        }
    }

    /** The normalised name, or null when the report names no agency. */
    Name name(Digest d) {
        return nameOf.get(d);
    }

    /** Whether two reports are the same agency's (false when either names none). */
    boolean sameAgency(Digest a, Digest b) {
        Name x = nameOf.get(a);
        Name y = nameOf.get(b);
        return x != null && y != null && x.same(y);
    }

    /** Last year's report of {@code d}'s agency. */
    Pair pair(Digest d) {
        Name n = nameOf.get(d);
        if (n == null) {
            return new Pair(null, new Unpaired("no-agency", ""));
        }
        Integer year = d.report().year();
        if (year == null) {
            return new Pair(null, new Unpaired("no-year", ""));
        }
        Map<String, Digest> fits = new LinkedHashMap<>();
        for (Digest other : byLocal.getOrDefault(n.local(), List.of())) {
            Integer y = other.report().year();
            if (y != null && y == year - 1 && n.same(nameOf.get(other)) && !other.file().equals(d.file())) {
                fits.putIfAbsent(other.file(), other);
            }
        }
        if (fits.size() > 1) {
            return new Pair(null, new Unpaired("ambiguous", String.join("、", fits.keySet())));
        }
        return fits.isEmpty() ? Pair.NONE : new Pair(fits.values().iterator().next(), null);
    }

    AgencyNames names() {
        return names;
    }
}
