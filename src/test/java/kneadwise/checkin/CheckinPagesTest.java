package kneadwise.checkin;

import static java.util.Map.entry;
import static kneadwise.testing.PageChecks.assertRedirectsTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kneadwise.accounts.People;
import kneadwise.testing.BrowserSession;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The check-in pages as plain HTML forms, without JavaScript: steps, corrections, going back, results, saving. */
@FullStackTest
class CheckinPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ServiceClient service;

    /** Answers one step and returns where the page sends the person next. */
    static String answer(BrowserSession browser, String step, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(entry("go", "next"));
        HttpResponse<String> response = browser.submitEach("/check-in/" + step, "/check-in/" + step, all);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The first four steps, as a 47-year-old with 16 weeks of pain at 6 out of 10 answers them. */
    static void basics(BrowserSession browser) {
        assertThat(answer(browser, "about-you", List.of(entry("age", "47")))).endsWith("/check-in/how-long");
        assertThat(answer(browser, "how-long", List.of(entry("duration", "16"), entry("unit", "WEEKS"))))
                .endsWith("/check-in/where");
        assertThat(answer(browser, "where", List.of(entry("area", "BACK_AND_ONE_LEG"))))
                .endsWith("/check-in/how-bad");
        assertThat(answer(browser, "how-bad", List.of(entry("pain", "6")))).endsWith("/check-in/warning-signs");
    }

    static final List<Map.Entry<String, String>> MEDIUM_RISK_START_BACK = List.of(
            entry("item1", "agree"),
            entry("item2", "disagree"),
            entry("item3", "disagree"),
            entry("item4", "agree"),
            entry("item5", "agree"),
            entry("item6", "agree"),
            entry("item7", "disagree"),
            entry("item8", "disagree"),
            entry("bothersomeness", "VERY_MUCH"));

    @Test
    void aPersonWithOsteoporosisGetsTheWholeAnswerWithItsPrecautionAndSources() throws IOException {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);
        assertThat(answer(browser, "warning-signs", List.of(entry("none", "none"))))
                .endsWith("/check-in/needs-care");
        assertThat(answer(browser, "needs-care", List.of(entry("finding", "OSTEOPOROSIS"))))
                .endsWith("/check-in/how-it-affects-you");
        assertThat(answer(browser, "how-it-affects-you", MEDIUM_RISK_START_BACK))
                .endsWith("/check-in/daily-life");
        assertThat(answer(browser, "daily-life", List.of(entry("questionnaire", "OSWESTRY"))))
                .endsWith("/check-in/daily-life/oswestry");
        // CONTRACT.md's example ODI, section 8 left out: 14 of 45 points
        List<Map.Entry<String, String>> odi = new ArrayList<>();
        int[] scores = {2, 1, 3, 2, 2, 1, 0, -1, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= 0) {
                odi.add(entry("section" + (i + 1), String.valueOf(scores[i])));
            }
        }
        assertThat(answer(browser, "daily-life/oswestry", odi)).endsWith("/check-in/result");

        String page = browser.get("/check-in/result").body();

        assertThat(page)
                .contains("Massage is reasonable for you, with some care")
                .contains("Thin bones: light pressure only")
                .contains("Will massage help me?")
                .contains("Against no treatment: about 1.5 points")
                .contains("Against other treatments: about 1 point<")
                .contains("We are very unsure of the bar against other treatments")
                .contains("noticeable change")
                .contains("Low certainty", "Very low certainty", "Moderate certainty")
                .contains("Session 3", "checkpoint")
                .contains("$360")
                .contains("31.1% (moderate disability")
                .contains("5 out of 9 (worry and mood part: 3 out of 5): some extra help may be useful")
                .contains("If things change", "Massage and your other options", "About this answer")
                .contains("Furlan AD, Giraldo M", "https://doi.org/10.1002/14651858.CD001929.pub3")
                .contains("Ostelo RW")
                .contains("Create an account or log in to save it");
        // The safety verdict comes before anything about benefit.
        assertThat(page.indexOf("Safety check")).isLessThan(page.indexOf("Will massage help me?"));

        HttpResponse<byte[]> pdf = browser.download("/check-in/summary.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("summary for a doctor or therapist")
                    .contains("Thin or weak bones (osteoporosis)")
                    .contains("OSTEOPOROSIS")
                    .contains("31.1% (MODERATE)")
                    .contains("16 weeks: long-lasting pain (over 12 weeks)");
            kneadwise.testing.PdfChecks.assertLetterTaggedAndEmbedded(document);
        }
    }

    @Test
    void aRefusedStepShowsEveryChoiceGivenAgainAndLinksToTheMissingOne() {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);
        answer(browser, "warning-signs", List.of(entry("none", "none")));
        answer(browser, "needs-care", List.of(entry("none", "none")));
        List<Map.Entry<String, String>> allButItemEight = MEDIUM_RISK_START_BACK.stream()
                .filter(given -> !given.getKey().equals("item8"))
                .toList();

        HttpResponse<String> refused =
                browser.submitEach("/check-in/how-it-affects-you", "/check-in/how-it-affects-you", allButItemEight);

        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#item8");
        assertThat(page.select("#item8-error").text()).isNotBlank();
        assertThat(page.select("input[checked]").eachAttr("id"))
                .containsExactly(
                        "item1",
                        "item2-disagree",
                        "item3-disagree",
                        "item4",
                        "item5",
                        "item6",
                        "item7-disagree",
                        "bothersomeness-VERY_MUCH");
        assertThat(page.select("label[for=item8-disagree]").text()).isEqualTo("Disagree");
        assertThat(page.select("#item8").attr("value")).isEqualTo("agree");

        Document where = Jsoup.parse(browser.get("/check-in/where").body());
        assertThat(where.select("input[name=area]").eachAttr("id"))
                .containsExactly("area", "area-BACK_AND_ONE_LEG", "area-BACK_AND_BOTH_LEGS", "area-ELSEWHERE");
        assertThat(where.select("input[checked]").eachAttr("value")).containsExactly("BACK_AND_ONE_LEG");
        assertThat(where.select("label[for=area-ELSEWHERE]").text())
                .isEqualTo("Mainly somewhere else, such as my neck or upper back");
    }

    @Test
    void aSignAndNoneOfTheseTogetherAreRefusedAndBothShownTickedAgain() {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);

        HttpResponse<String> refused = browser.submitEach(
                "/check-in/warning-signs",
                "/check-in/warning-signs",
                List.of(entry("finding", "SADDLE_NUMBNESS"), entry("none", "none")));

        Document page = Jsoup.parse(refused.body());
        List<String> ids = page.select("input[type=checkbox]").eachAttr("id");
        assertThat(ids.getFirst()).isEqualTo("finding");
        assertThat(ids.subList(1, ids.size() - 1)).allMatch(id -> id.startsWith("finding-"));
        assertThat(ids.getLast()).isEqualTo("none");
        assertThat(page.select("input[checked]").eachAttr("value")).containsExactly("SADDLE_NUMBNESS", "none");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#finding");
    }

    @Test
    void anEmergencySignEndsTheCheckInOnOneScreenWithNothingToSell() {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);

        String next = answer(
                browser,
                "warning-signs",
                List.of(entry("finding", "SADDLE_NUMBNESS"), entry("finding", "BLADDER_OR_BOWEL_CHANGE")));
        assertThat(next).endsWith("/check-in/result");
        String page = browser.get("/check-in/result").body();

        assertThat(page)
                .contains(
                        "Call 911 or go to an emergency department now",
                        "emergency department",
                        "911",
                        "href=\"tel:911\"")
                .doesNotContain("Create an account", "Log in", "Save", "course", "$", "therapist")
                .doesNotContain("Side effects", "If things change");
    }

    @Test
    void aPossibleSeriousCauseSendsThePersonToADoctorWithANote() {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);
        answer(browser, "warning-signs", List.of(entry("finding", "HISTORY_OF_CANCER")));
        assertThat(answer(browser, "needs-care", List.of(entry("none", "none"))))
                .endsWith("/check-in/doctors-check");
        assertThat(answer(browser, "doctors-check", List.of())).endsWith("/check-in/how-it-affects-you");
        answer(browser, "how-it-affects-you", MEDIUM_RISK_START_BACK);
        assertThat(answer(browser, "daily-life", List.of(entry("questionnaire", "NONE"))))
                .endsWith("/check-in/result");

        String page = browser.get("/check-in/result").body();
        assertThat(page)
                .contains("See a doctor in the next few days", "How soon: Within days")
                .contains("href=\"/check-in/summary\"", "href=\"/check-in/summary.pdf\"")
                .doesNotContain("A suggested course", "What a course costs");
        assertThat(browser.get("/check-in/summary").body()).contains("You have had cancer", "HISTORY_OF_CANCER");
    }

    @Test
    void aDoctorsClearanceTurnsTheReasonIntoAPrecautionAndAnUnfiredOneIsRefused() {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);
        answer(browser, "warning-signs", List.of(entry("none", "none")));
        answer(browser, "needs-care", List.of(entry("finding", "RECENT_SURGERY")));

        HttpResponse<String> wrong = browser.submitEach(
                "/check-in/doctors-check",
                "/check-in/doctors-check",
                List.of(entry("cleared", "FEVER_OR_CHILLS"), entry("go", "next")));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("One of the ticked answers is not on this page");

        assertThat(answer(browser, "doctors-check", List.of(entry("cleared", "RECENT_SURGERY"))))
                .endsWith("/check-in/how-it-affects-you");
        answer(browser, "how-it-affects-you", MEDIUM_RISK_START_BACK);
        answer(browser, "daily-life", List.of(entry("questionnaire", "NONE")));

        assertThat(browser.get("/check-in/result").body())
                .contains("Massage is reasonable for you, with some care", "Cleared by a doctor")
                .contains("Keep away from the place of the operation");
    }

    @Test
    void wrongAnswersAreNamedAndNothingIsKept() {
        BrowserSession browser = new BrowserSession(port);

        HttpResponse<String> young = browser.submitEach(
                "/check-in/about-you", "/check-in/about-you", List.of(entry("age", "12"), entry("go", "next")));
        assertThat(young.statusCode()).isEqualTo(422);
        assertThat(young.body()).contains("Kneadwise is for adults, 18 or older", "href=\"#age\"");
        assertThat(browser.get("/check-in/how-long").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/check-in/about-you"));

        basics(browser);
        HttpResponse<String> both = browser.submitEach(
                "/check-in/warning-signs",
                "/check-in/warning-signs",
                List.of(entry("finding", "FEVER_OR_CHILLS"), entry("none", "none"), entry("go", "next")));
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(both.body()).contains("You ticked &quot;None of these&quot; and also something above it");
        HttpResponse<String> nothing =
                browser.submitEach("/check-in/warning-signs", "/check-in/warning-signs", List.of(entry("go", "next")));
        assertThat(nothing.body()).contains("Tick each one that applies to you, or tick &quot;None of these&quot;");
        HttpResponse<String> startBack = browser.submitEach(
                "/check-in/warning-signs",
                "/check-in/warning-signs",
                List.of(entry("finding", "SADDLE_NUMBNESS"), entry("finding", "NOT_A_FINDING"), entry("go", "next")));
        assertThat(startBack.statusCode()).isEqualTo(422);
        assertRedirectsTo(browser.get("/check-in/needs-care"), "/check-in/warning-signs");
    }

    @Test
    void backAndForwardKeepTheAnswers() {
        BrowserSession browser = new BrowserSession(port);
        basics(browser);

        HttpResponse<String> back = browser.submitEach(
                "/check-in/warning-signs",
                "/check-in/warning-signs",
                List.of(entry("finding", "PREGNANCY"), entry("go", "back")));
        assertThat(back.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/check-in/how-bad"));

        assertThat(browser.get("/check-in/how-bad").body()).containsPattern("value=\"6\"\\s+checked");
        assertThat(browser.get("/check-in/how-long").body())
                .contains("value=\"16\"")
                .containsPattern("value=\"WEEKS\"\\s+checked");
        assertThat(browser.get("/check-in/about-you").body()).contains("value=\"47\"");
        assertThat(browser.get("/check-in/nowhere").statusCode()).isEqualTo(404);
        // An address that leads nowhere: a problem document for a program (a browser gets the error page).
        HttpResponse<String> nowhere = browser.get("/nothing-here");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(nowhere.body()).contains("urn:kneadwise:problem:not-found");
    }

    @Test
    void aSignedInPersonSavesTheAnswerToTheirRecord() {
        String email = People.signUp(service, "PATIENT");
        BrowserSession browser = new BrowserSession(port);
        basics(browser);
        answer(browser, "warning-signs", List.of(entry("none", "none")));
        answer(browser, "needs-care", List.of(entry("none", "none")));
        answer(browser, "how-it-affects-you", MEDIUM_RISK_START_BACK);
        answer(browser, "daily-life", List.of(entry("questionnaire", "NONE")));

        // Not signed in: saving asks to log in first, then comes back to the save page.
        HttpResponse<String> save = browser.get("/check-in/save");
        assertThat(save.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> loggedIn = browser.logIn(email, People.PASSWORD);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/check-in/save"));

        HttpResponse<String> saved = browser.submit("/check-in/save", "/check-in/save", Map.of());
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/check-in/result"));
        assertThat(browser.get("/check-in/result").body()).contains("Saved to your record");
        assertThat(browser.get("/account/check-ins").body()).contains("Massage looks safe for you", "6 out of 10");
    }
}
