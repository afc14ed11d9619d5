package kneadwise.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kneadwise.testing.FullStackTest;
import kneadwise.testing.ServiceClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/claims/check} over real HTTP. */
@FullStackTest
class ClaimCheckApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ServiceClient service;

    @Test
    void marksEachClaimWithItsSpanVerdictEvidenceAndSources() {
        String text = "Massage feels good. It also helps your body get rid of toxins. Enjoy!";
        ObjectNode request = JSON.createObjectNode().put("text", text);

        HttpResponse<String> response = service.postJson("/api/v1/claims/check", JSON.writeValueAsString(request));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claim = JSON.readTree(response.body()).get("claims").get(0);
        assertThat(claim.get("claim").asString()).contains("toxins");
        assertThat(claim.get("verdict").asString()).isEqualTo("CONTRADICTED");
        assertThat(claim.get("evidence").asString()).contains("slowed the removal of lactic acid");
        assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt()))
                .isEqualTo("It also helps your body get rid of toxins.");
        assertThat(claim.at("/sources/0/citation").asString()).startsWith("Wiltshire EV");
    }

    @Test
    void aTextWithoutClaimsGivesAnEmptyList() {
        HttpResponse<String> response =
                service.postJson("/api/v1/claims/check", "{\"text\": \"Massage can ease back pain for a while.\"}");

        assertThat(JSON.readTree(response.body()).get("claims").isEmpty()).isTrue();
    }

    @Test
    void theTextIsRequired() {
        HttpResponse<String> response = service.postJson("/api/v1/claims/check", "{\"txt\": \"typo\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/field").asString())
                .isEqualTo("text");
        assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Invalid claim check");
    }
}
