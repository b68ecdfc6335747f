package com.tasksync;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each top package is a module, allowed to depend on the modules named here and no others: checked
 * on the compiled types (fully qualified names included), not on import lines. The sibling modules
 * count too: no module may use the emulator ({@code emulator}, a test and demo part that the
 * production jar does not carry), and only the Salesforce-facing packages the client ({@code salesforce}). {@link ModulesTest} adds Spring
 * Modulith's checks: no cycles, and no use of another module's internals.
 */
class ModularityTest {

    private static final Set<String> SYNC_BASE = Set.of("system", "user", "task", "connection", "sync", "salesforce",
            "mapping", "links");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("mapping", Set.of("task", "salesforce")),
            Map.entry("links", Set.of("system", "task", "mapping")),
            Map.entry("outbound", SYNC_BASE),
            Map.entry("inbound", SYNC_BASE),
            // a change of org has the outbox send the kept tasks anew
            Map.entry("enable", plus(SYNC_BASE, "inbound", "outbound")),
            Map.entry("system", Set.of()),
            Map.entry("user", Set.of("system")),
            Map.entry("task", Set.of("system", "user")),
            Map.entry("connection", Set.of("system", "user", "salesforce", "mapping")),
            Map.entry("sync", Set.of("system", "user", "connection")),
            // pages offer the rep's answers to sync: a change of org (enable), a conflict (inbound), Retry and
            // Unlink of a refused task (outbound), each through that module's public service
            // names of the Salesforce records tasks point to, read with the rep's session
            Map.entry("lookup", Set.of("system", "user", "connection", "salesforce")),
            Map.entry("web", Set.of("system", "user", "task", "connection", "sync", "enable", "inbound", "outbound",
                    "lookup")));

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tasksync");

    private static Set<String> plus(Set<String> base, String... more) {
        var all = new TreeSet<>(base);
        all.addAll(Set.of(more));
        return all;
    }

    @Test
    void modulesDependOnlyOnTheModulesAllowedThem() {
        var violations = new TreeSet<String>();
        for (JavaClass type : APP) {
            var module = module(type.getPackageName());
            if (module == null || !ALLOWED.containsKey(module)) {
                continue;
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                var target = module(dependency.getTargetClass().getPackageName());
                if (target != null && !target.equals(module) && !ALLOWED.get(module).contains(target)) {
                    violations.add(type.getName() + " -> " + dependency.getTargetClass().getName());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyPackageExplainsItself() throws IOException {
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/com/tasksync"))) {
            dirs.skip(1).filter(Files::isDirectory).forEach(dir ->
                    assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists());
        }
    }

    /** The module of a package under {@code com.tasksync}, or null for the root and everything else. */
    private static String module(String packageName) {
        if (!packageName.startsWith("com.tasksync.")) {
            return null;
        }
        var rest = packageName.substring("com.tasksync.".length());
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
