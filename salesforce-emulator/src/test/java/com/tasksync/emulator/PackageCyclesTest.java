package com.tasksync.emulator;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The emulator's packages form layers without cycles, checked on the compiled types: {@code http}
 * and {@code schema} at the bottom, {@code org} (orgs, users, sessions) above them, the records and
 * SOQL above that, the change feed, Pub/Sub, the Tooling API and the demo on top.
 */
class PackageCyclesTest {

    private static final JavaClasses EMULATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tasksync.emulator");

    /** What each package may use; anything else (a new edge, and so any cycle) fails. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("http", Set.of()),
            Map.entry("schema", Set.of()),
            Map.entry("org", Set.of("http")),
            Map.entry("admin", Set.of("http", "org")),
            Map.entry("oauth", Set.of("http", "org")),
            Map.entry("soql", Set.of("http", "schema")),
            Map.entry("data", Set.of("http", "org", "schema", "soql")),
            Map.entry("cdc", Set.of("http", "org", "schema", "data", "admin")),
            Map.entry("pubsub", Set.of("http", "org", "admin", "cdc")),
            Map.entry("tooling", Set.of("http", "org", "schema", "soql", "cdc")),
            Map.entry("demo", Set.of("http", "org", "data", "admin", "cdc")));

    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.tasksync.emulator.(*)..").should().beFreeOfCycles().check(EMULATOR);
    }

    @Test
    void packagesUseOnlyTheLayersBelowThem() {
        var violations = new TreeSet<String>();
        for (JavaClass type : EMULATOR) {
            String from = slice(type);
            if (from == null) {
                continue;
            }
            assertThat(ALLOWED).as("package %s is listed", from).containsKey(from);
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                String to = slice(dependency.getTargetClass());
                if (to != null && !to.equals(from) && !ALLOWED.get(from).contains(to)) {
                    violations.add(from + " -> " + to + ": " + dependency.getDescription());
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    /** The emulator package a type belongs to, or null for the top-level wiring and outside types. */
    private static String slice(JavaClass type) {
        String name = type.getPackageName();
        String prefix = "com.tasksync.emulator.";
        if (!name.startsWith(prefix)) {
            return null;
        }
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
