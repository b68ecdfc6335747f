package com.tasksync.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The default run's settings. The passwords are demo passwords, printed at start-up.
 *
 * @param emulatorPort where the in-process Salesforce emulator listens
 * @param connectAtStart connect the demo rep to the demo org at start-up, for scripted demos
 * @param integrationAtStart connect the demo org's integration user at start-up, so its changes arrive
 *     through Change Data Capture as a configured installation's would
 */
@ConfigurationProperties("tasksync.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("8484") int emulatorPort,
        @DefaultValue("admin@tasksync.example") String adminEmail,
        @DefaultValue("tasksync-admin-1") String adminPassword,
        @DefaultValue("rep@tasksync.example") String repEmail,
        @DefaultValue("tasksync-rep-1") String repPassword,
        @DefaultValue("false") boolean connectAtStart,
        @DefaultValue("true") boolean integrationAtStart) {}
