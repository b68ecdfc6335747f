package com.tasksync.web;

import com.tasksync.system.TextRules;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Shows text from users and Salesforce so that it reads as it is: each bidirectional control is
 * replaced by a visible marker such as {@code ⟨U+202E⟩}, so {@code invoice ‮gpj.exe} cannot show as
 * {@code invoice exe.jpg}. Every template shows stored text through {@code ${@visibleText.of(…)}};
 * a form sent back turns the markers into the characters again ({@link #restore}), so saving a task
 * as shown changes nothing.
 */
@Component("visibleText")
public class VisibleText {

    private static final Pattern MARKER = Pattern.compile("⟨U\\+([0-9A-F]{4})⟩");

    public String of(Object value) {
        if (value == null) {
            return null;
        }
        var text = value.toString();
        if (text.codePoints().noneMatch(TextRules::isBidiControl)) {
            return text;
        }
        var shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (TextRules.isBidiControl(c)) {
                shown.append(String.format("⟨U+%04X⟩", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    static String restore(String shown) {
        if (shown == null || shown.indexOf('⟨') < 0) {
            return shown;
        }
        return MARKER.matcher(shown).replaceAll(match -> {
            var c = Integer.parseInt(match.group(1), 16);
            return TextRules.isBidiControl(c) ? Character.toString(c) : match.group();
        });
    }
}
