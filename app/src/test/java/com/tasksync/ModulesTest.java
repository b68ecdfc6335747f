package com.tasksync;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The app's modules as Spring Modulith sees them: each top package is one, its sub-packages are its
 * internals, and {@code verify} fails on a dependency cycle between modules or on a module that uses
 * another's internals. The Salesforce client and the emulator are libraries here, not modules.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TaskSyncApplication.class,
            resideInAnyPackage("com.tasksync.salesforce..", "com.tasksync.emulator.."));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        MODULES.verify();
    }
}
