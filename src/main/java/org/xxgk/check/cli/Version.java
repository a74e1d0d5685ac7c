package org.xxgk.check.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine;

/** The version, from {@code xxgk-version.properties} (filled in by Maven). */
final class Version implements CommandLine.IVersionProvider {

    static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/xxgk-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"xxgk-check " + number()};
    }
}
