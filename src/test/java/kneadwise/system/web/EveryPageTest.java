package kneadwise.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import kneadwise.accounts.People;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.MappedEndpoints;
import kneadwise.testing.ServiceClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page the application maps without an id in its address, as an anonymous visitor and as a signed-in patient:
 * it starts with a skip link to its main content and ends with the footer (911 first, then the disclaimer, privacy and
 * disclosure). A new page joins this list the day it is written.
 */
@FullStackTest
class EveryPageTest {

    @Autowired
    ServiceClient service;

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageHasTheSkipLinkAndTheFooter() {
        List<String> pages = new ArrayList<>();
        for (String endpoint : MappedEndpoints.of(mappings)) {
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            if ((endpoint.startsWith("GET ") || endpoint.startsWith(MappedEndpoints.ANY + " "))
                    && !path.contains("{")
                    && !path.startsWith("/api/v1")
                    && !path.startsWith("/api/openapi")
                    && !path.startsWith("/fhir")
                    && !path.startsWith("/.well-known")) {
                pages.add(path);
            }
        }
        BrowserSession anonymous = new BrowserSession(port);
        BrowserSession patient = new BrowserSession(port);
        assertThat(patient.logIn(People.signUp(service, "PATIENT"), People.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        List<String> checked = new ArrayList<>();
        for (BrowserSession visitor : List.of(anonymous, patient)) {
            for (String path : pages) {
                HttpResponse<String> page = visitor.get(path);
                if (page.statusCode() != 200
                        || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue; // a redirect to log in, a file, or a page for another role
                }
                checked.add(path);
                Document document = Jsoup.parse(page.body());
                Element first = document.body().selectFirst("a[href], button, input, select, textarea");
                assertThat(first).as("a focusable element on " + path).isNotNull();
                assertThat(first.attr("href")).as("the first link of " + path).isEqualTo("#main");
                assertThat(first.text()).isEqualTo("Skip to main content");
                assertThat(document.getElementById("main"))
                        .as("#main on " + path)
                        .isNotNull();
                Element footer = document.selectFirst("footer.site-footer");
                assertThat(footer).as("the footer of " + path).isNotNull();
                assertThat(footer.select("a").eachAttr("href"))
                        .as("the footer's links on " + path)
                        .containsExactly("tel:911", "/disclaimer", "/privacy", "/about");
            }
        }
        assertThat(checked)
                .as("pages checked")
                .contains("/", "/check-in", "/therapists", "/claims", "/about", "/privacy", "/disclaimer", "/api/docs")
                .contains("/account", "/login", "/signup")
                .hasSizeGreaterThan(20);
    }
}
