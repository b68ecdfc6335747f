package com.tasksync.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings.
 *
 * @param bcryptStrength the BCrypt work factor for new password hashes
 * @param signInMaxFailures failed sign-ins allowed per email and address within one window
 * @param signInWindow how long failures count, and how long a blocked sign-in stays blocked
 */
@Validated
@ConfigurationProperties("tasksync.security")
public record SecurityProperties(
        @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength,
        @DefaultValue("5") @Min(1) int signInMaxFailures,
        @DefaultValue("15m") Duration signInWindow) {}
