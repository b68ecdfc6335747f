package com.tasksync.emulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tasksync.emulator.Emulator;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.support.HttpCalls;
import com.tasksync.emulator.support.LoginPages;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DemoOrgTest {

    @Test
    void demoAppAcceptsTheAppsDefaultCallbackOnBothHostNames() throws Exception {
        try (Emulator emulator = Emulator.builder().start()) {
            DemoCredentials demo = DemoOrg.seed(emulator);
            assertThat(demo.clientId()).isEqualTo(DemoOrg.CLIENT_ID);
            HttpCalls http = new HttpCalls(emulator.baseUrl());
            for (String callback : demo.redirectUris()) {
                HttpResponse<String> redirect = new LoginPages(http).authorize(Map.of("response_type", "code",
                        "client_id", demo.clientId(), "redirect_uri", callback, "state", "demo"),
                        demo.username(), demo.password(), true);

                assertThat(redirect.headers().firstValue("Location").orElseThrow()).startsWith(callback + "?code=");
            }
        }
    }

    @Test
    void demoSeedingHandsTheOrgAndOwnerToTheTaskHook() {
        try (Emulator emulator = Emulator.builder().start()) {
            AtomicReference<Org> seeded = new AtomicReference<>();

            DemoCredentials demo = DemoOrg.seed(emulator, (org, owner) -> seeded.set(org));

            assertThat(seeded.get().id()).isEqualTo(demo.orgId());
            assertThat(seeded.get().settings().setAuditFields()).isTrue();
        }
    }
}
