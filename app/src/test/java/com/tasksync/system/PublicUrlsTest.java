package com.tasksync.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The rule for public URLs, on requests built by hand: the configured base URL wins, a loopback request is next. */
class PublicUrlsTest {

    private static final String CALLBACK = "/settings/salesforce/callback";

    @Test
    void buildsFromTheBaseUrlWhateverTheHostHeaderSays() {
        var urls = new PublicUrls(new SiteProperties(URI.create("https://tasks.example.com/")));

        assertThat(urls.of(request("evil.example", 80), CALLBACK))
                .contains(URI.create("https://tasks.example.com/settings/salesforce/callback"));
    }

    @Test
    void keepsTheBaseUrlsOwnPath() {
        var urls = new PublicUrls(new SiteProperties(URI.create("https://example.com/tasksync")));

        assertThat(urls.of(request("127.0.0.1", 8080), CALLBACK))
                .contains(URI.create("https://example.com/tasksync/settings/salesforce/callback"));
    }

    @Test
    void withoutABaseUrlTrustsOnlyALoopbackHost() {
        var urls = new PublicUrls(new SiteProperties(null));

        assertThat(urls.of(request("localhost", 8080), CALLBACK))
                .contains(URI.create("http://localhost:8080/settings/salesforce/callback"));
        assertThat(urls.of(request("127.0.0.1", 8080), CALLBACK)).isPresent();
        assertThat(urls.of(request("[::1]", 8080), CALLBACK)).isPresent();
        assertThat(urls.of(request("evil.example", 8080), CALLBACK)).isEmpty();
        assertThat(urls.of(request("tasks.example.com", 443), CALLBACK)).isEmpty();
    }

    @Test
    void refusesABaseUrlThatIsNotAnHttpAddressNamingTheProperty() {
        for (var bad : new String[] {"tasks.example.com", "ftp://tasks.example.com", "https://example.com/?a=b"}) {
            assertThatThrownBy(() -> new SiteProperties(URI.create(bad))).as(bad)
                    .hasMessageContaining("tasksync.base-url");
        }
    }

    private static MockHttpServletRequest request(String host, int port) {
        var request = new MockHttpServletRequest("GET", "/settings/salesforce/connect");
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }
}
