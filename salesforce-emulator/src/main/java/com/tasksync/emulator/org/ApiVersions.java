package com.tasksync.emulator.org;

import java.util.ArrayList;
import java.util.List;

/**
 * The REST API versions the emulator serves, 31.0 (Summer '14) to 66.0 (Spring '26): three
 * releases a year, Summer, Winter and Spring, one version each.
 */
public final class ApiVersions {

    public static final int OLDEST = 31;
    public static final int CURRENT = 66;
    private static final String[] SEASONS = {"Summer", "Winter", "Spring"};

    private ApiVersions() {
    }

    public record Version(int major, String label) {
        public String number() {
            return major + ".0";
        }

        public String url() {
            return "/services/data/v" + number();
        }
    }

    public static List<Version> all() {
        List<Version> out = new ArrayList<>();
        for (int v = OLDEST; v <= CURRENT; v++) {
            out.add(new Version(v, label(v)));
        }
        return out;
    }

    /** The major version of a path segment such as {@code v66.0}, or -1 when it is not one the emulator serves. */
    public static int parse(String segment) {
        if (segment == null || !segment.matches("v\\d{2}\\.0")) {
            return -1;
        }
        int major = Integer.parseInt(segment.substring(1, 3));
        return major >= OLDEST && major <= CURRENT ? major : -1;
    }

    static String label(int major) {
        int step = major - OLDEST;
        String season = SEASONS[step % 3];
        int year = 14 + (step + 2) / 3;
        return season + " '" + year;
    }
}
