package com.tasksync.torture.plan;

import java.util.List;

/** Ordinary words for ordinary values, including the accents and scripts reps type every day. */
final class Phrases {

    static final List<String> SUBJECTS = List.of("Call Ann about the renewal", "Send the quote", "Follow up on demo",
            "Prepare QBR deck", "Relancer le client", "Ligar para o João", "Check contract redlines",
            "Intro email to CFO", "Book onsite visit", "Résumé de l'appel", "Confirmar reunião",
            "Ask for referral", "Update pipeline notes", "会议跟进", "Review pricing with Zoë");

    static final List<String> LINES = List.of("Discussed timeline and budget.", "Needs legal review first.",
            "Prefers email; reply before Friday.", "Decision maker: VP Sales.", "Envoyer la proposition révisée.",
            "Cliente pediu desconto de 10%.", "Numbers: 42 seats, 3 sites.", "Next step: technical call.");

    private Phrases() {
    }
}
