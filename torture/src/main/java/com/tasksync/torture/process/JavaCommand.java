package com.tasksync.torture.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs, run by the same Java installation as the harness. */
public final class JavaCommand {

    private JavaCommand() {
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static List<String> jar(Path jar, String... jvmOptions) {
        var command = new ArrayList<String>();
        command.add(java());
        command.addAll(List.of(jvmOptions));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    public static List<String> mainClass(String classPath, String mainClass, List<String> arguments,
            String... jvmOptions) {
        var command = new ArrayList<String>();
        command.add(java());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }
}
