package com.tasksync.web;

import com.tasksync.lookup.LookupField;
import com.tasksync.lookup.SalesforceNames;
import com.tasksync.system.ConflictException;
import com.tasksync.system.InvalidInputException;
import com.tasksync.user.SignedInUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results of a who or what picker's search, as the fragment htmx puts under the search box: the
 * records found, "no match", or what kept Salesforce from answering; nothing while fewer than two
 * letters are typed.
 */
@Controller
class LookupFragments {

    private final SalesforceNames names;
    private final Words words;

    LookupFragments(SalesforceNames names, Words words) {
        this.names = names;
        this.words = words;
    }

    @GetMapping("/tasks/lookup")
    String results(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String field,
            @RequestParam(required = false) String whoSearch, @RequestParam(required = false) String whatSearch,
            Model model) {
        var which = LookupField.of(field).orElseThrow(() -> InvalidInputException.of("field", "must be who or what"));
        var text = which == LookupField.WHO ? whoSearch : whatSearch;
        model.addAttribute("field", which.value());
        model.addAttribute("problem", null);
        model.addAttribute("found", null);
        if (text == null || text.strip().codePointCount(0, text.strip().length()) < SalesforceNames.SEARCH_MIN) {
            model.addAttribute("found", List.of());
            model.addAttribute("problem", words.get("lookup.type-more"));
            return "lookup :: results";
        }
        try {
            model.addAttribute("found", names.search(user.id(), which, text));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", words.get("lookup.too-long"));
        } catch (ConflictException e) {
            model.addAttribute("problem", words.get(e.status() == HttpStatus.CONFLICT ? "lookup.not-connected"
                    : "lookup.failed"));
        }
        return "lookup :: results";
    }
}
