package org.redflag.scrape;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/x", "http://169.254.169.254/latest/meta-data/",
            "http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.4/", "http://[::1]/", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://[fd00::1]/"})
    void refusesPrivateAddresses(String url) {
        assertThatThrownBy(() -> UrlFilter.check(URI.create(url), false)).isInstanceOf(FetchException.class)
                .hasMessageContaining("refused").hasMessageContaining("address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://2852039166/", "http://[fe80::1]/",
            "http://0.0.0.0/", "http://224.0.0.1/", "http://[ff02::1]/", "http://255.255.255.255/"})
    void refusesMetadataMulticastAndUnspecifiedAddressesEvenWhenTheSiteAllowsItsPrivateNetwork(String url) {
        assertThatThrownBy(() -> UrlFilter.check(URI.create(url), true)).isInstanceOf(FetchException.class)
                .hasMessageContaining("refused").hasMessageContaining("never fetched");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/", "jar:file:/x.jar!/", "gopher://example.org/"})
    void refusesOtherSchemes(String url) {
        assertThatThrownBy(() -> UrlFilter.check(URI.create(url), true)).isInstanceOf(FetchException.class)
                .hasMessageContaining("only http and https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/", "https://8.8.8.8/jobs"})
    void allowsPublicAddresses(String url) {
        assertThatCode(() -> UrlFilter.check(URI.create(url), false)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://10.0.0.1/"})
    void allowsPrivateAddressesWhenTheSiteSaysSo(String url) {
        assertThatCode(() -> UrlFilter.check(URI.create(url), true)).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void namesTheRedirectThatWasRefused() {
        assertThatThrownBy(() -> UrlFilter.check(URI.create("http://10.0.0.1/admin"), false,
                URI.create("https://board.example/ad/1")))
                .hasMessageStartingWith("refused redirect from https://board.example/ad/1 to http://10.0.0.1/admin: ")
                .hasMessageContaining("a private address 10.0.0.1");
    }
}
