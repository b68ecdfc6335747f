package com.tasksync.enable;

import com.tasksync.support.EngineEmulator;
import java.time.Duration;

/** Moves the emulator's clock, which only goes forward. */
final class EmulatorClockMove {

    private EmulatorClockMove() {}

    static void forward(Duration by) {
        EngineEmulator.emulator().clock().advance(by);
    }
}
