package org.xxgk.check.acceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The Gherkin acceptance suite: every {@code features/**.feature}, run by the Cucumber engine on the JUnit Platform
 * as part of {@code mvn -B verify}.
 *
 * <p>The features are selected here and only here; setting {@code cucumber.features} as well would run every scenario
 * twice. The folders are listed one by one, not as {@code features}: Cucumber reads every {@code .txt} file below a
 * selected folder as a rerun file, and the report fixtures in {@code features/fixtures} are {@code .txt} files (the
 * discovery then fails and the run reports 「Tests run: 0」). A new folder of features must be added here;
 * {@code CatalogueTest} fails until it is. The {@code summary} plugin prints 「N Scenarios (N passed)」 at the end of the run; the surefire naming strategy
 * makes surefire print one 「Tests run」 line per feature. If the Cucumber engine went missing, this suite would run
 * nothing and pass: {@code org.xxgk.check.catalogue.CatalogueTest} discovers it and compares the count of tests with the
 * count of scenarios in the feature files.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories({"features/cli", "features/cross", "features/meta", "features/narrative", "features/province", "features/structure",
        "features/tables"})
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.xxgk.check.acceptance")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = JUNIT_PLATFORM_NAMING_STRATEGY_PROPERTY_NAME, value = "long")
public class AcceptanceTest {
}
