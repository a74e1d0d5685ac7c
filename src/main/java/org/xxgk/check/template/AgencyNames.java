package org.xxgk.check.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two agency names name the same agency (report.yaml's {@code agency-names}): the same name with or without a
 * region prefix (「淮安市洪泽区人民政府」 and 「洪泽区人民政府」), or a government and its office, which compiles and signs
 * the government's report (「洪泽区人民政府办公室」). Names are compared without white space.
 */
public final class AgencyNames {

    private final Pattern signature;
    private final Pattern regionPrefix;
    private final Pattern localName;
    private final List<String> officeSuffixes;

    AgencyNames(TemplateSpec.AgencyNames spec) {
        this.signature = Pattern.compile(spec.signature());
        this.regionPrefix = Pattern.compile(spec.regionPrefix());
        this.localName = Pattern.compile(spec.localName());
        this.officeSuffixes = List.copyOf(spec.officeSuffixes());
    }

    /** The agency a signature line names, or null when the line is no agency name. */
    public String signature(String line) {
        Matcher m = signature.matcher(Text.compact(Text.clean(line)));
        return m.matches() ? m.group("agency") : null;
    }

    /**
     * The name without the higher regions it starts with (「江苏省淮安市洪泽区人民政府」 → 「洪泽区人民政府」), as long as
     * what is left still starts with a place (「淮安市人民政府」 stays).
     */
    public String withoutRegion(String name) {
        String compact = Text.compact(name);
        Matcher m = regionPrefix.matcher(compact);
        if (!m.find()) {
            return compact;
        }
        // the prefix is a run of places; drop as many as leave a name that starts with a place
        for (int end = m.end(); end > 0; end--) {
            String rest = compact.substring(end);
            if (regionPrefix.matcher(compact.substring(0, end)).matches() && localName.matcher(rest).find()) {
                return rest;
            }
        }
        return compact;
    }

    /** Whether the two names name the same agency. */
    public boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String x = Text.compact(a);
        String y = Text.compact(b);
        if (x.equals(y) || sameIgnoringRegion(x, y)) {
            return true;
        }
        for (String suffix : officeSuffixes) {
            if (x.endsWith("人民政府" + suffix) && sameIgnoringRegion(x.substring(0, x.length() - suffix.length()), y)
                    || y.endsWith("人民政府" + suffix)
                    && sameIgnoringRegion(x, y.substring(0, y.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** One name is the other with region names in front (「淮安市」+「洪泽区人民政府」). */
    private boolean sameIgnoringRegion(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String longer = x.length() >= y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (!longer.endsWith(shorter)) {
            return false;
        }
        return regionPrefix.matcher(longer.substring(0, longer.length() - shorter.length())).matches()
                && localName.matcher(shorter).find();
    }
}
