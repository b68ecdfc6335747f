package com.tasksync.emulator.admin;

import java.util.Random;
import java.util.regex.Pattern;

/** An injected fault as it lives in the emulator: its spec, the compiled pattern, calls left and its random source. */
public final class Fault {

    private final String id;
    private final FaultSpec spec;
    private final Pattern pattern;
    private final Random random;
    private Integer remaining;
    private long applied;

    Fault(String id, FaultSpec spec) {
        this.id = id;
        this.spec = spec;
        this.pattern = Pattern.compile(spec.regex() ? spec.path() : globToRegex(spec.path()));
        this.random = spec.seed() == null ? new Random() : new Random(spec.seed());
        this.remaining = spec.times();
    }

    public String id() {
        return id;
    }

    public FaultSpec spec() {
        return spec;
    }

    public synchronized Integer remaining() {
        return remaining;
    }

    public synchronized long applied() {
        return applied;
    }

    /** Whether this fault hits the call; a hit uses up one of its times. */
    synchronized boolean hits(String method, String path) {
        String wanted = spec.method();
        if (wanted != null && !"*".equals(wanted) && !wanted.equalsIgnoreCase(method)) {
            return false;
        }
        if (!pattern.matcher(path).matches() || (remaining != null && remaining <= 0)) {
            return false;
        }
        if (spec.probability() != null && random.nextDouble() >= spec.probability()) {
            return false;
        }
        if (remaining != null) {
            remaining--;
        }
        applied++;
        return true;
    }

    static String globToRegex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                out.append(".*");
                i++;
            } else if (c == '*') {
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.append("/?").toString();
    }
}
