package uk.gov.pfe.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escalation level decision table, rule by rule and at its boundaries. */
class EscalationLevelDecisionTest {

    private static final Path MODEL = Path.of("bpmn/escalation-level.dmn");
    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(MODEL)) {
            decision = dmn.parseDecision("escalationLevel", in);
        }
    }

    @ParameterizedTest(name = "rule {0}: {1}, {2}, {3} people, {4}% short, {5} safeguarding, {6} days -> {7}")
    @CsvSource(nullValues = "null", value = {
            // rule, trigger, rating, people, shortfall %, safeguarding, days left, expected
            "01, QUALITY_CONCERN,         GOOD,                 20,  0,  0,    3, EMERGENCY",
            "01, QUALITY_CONCERN,         GOOD,                 20,  0,  0,    0, EMERGENCY",
            "02, CQC_URGENT_CANCELLATION, GOOD,                 20,  0,  0, null, EMERGENCY",
            "02, PROPERTY_LOSS,           OUTSTANDING,           5,  0,  0, null, EMERGENCY",
            "03, STAFFING_SHORTFALL,      GOOD,                 20, 50,  0, null, EMERGENCY",
            "04, PROVIDER_EXIT_NOTICE,    GOOD,                 20,  0,  0,  180, PROVIDER_FAILURE",
            "04, INSOLVENCY,              GOOD,                 20,  0,  0, null, PROVIDER_FAILURE",
            "04, CQC_MARKET_OVERSIGHT_NOTICE, GOOD,             20,  0,  0, null, PROVIDER_FAILURE",
            "05, QUALITY_CONCERN,         GOOD,                 20,  0,  0,    4, PROVIDER_FAILURE",
            "05, QUALITY_CONCERN,         GOOD,                 20,  0,  0,   28, PROVIDER_FAILURE",
            "06, STAFFING_SHORTFALL,      GOOD,                 20, 49,  0, null, PROVIDER_FAILURE",
            "06, STAFFING_SHORTFALL,      GOOD,                 20, 25,  0, null, PROVIDER_FAILURE",
            "07, QUALITY_CONCERN,         INADEQUATE,           20,  0,  3, null, PROVIDER_FAILURE",
            "08, QUALITY_CONCERN,         INADEQUATE,           20,  0,  2,   29, SERIOUS_CONCERN",
            "09, CQC_ENFORCEMENT,         GOOD,                 20,  0,  0, null, SERIOUS_CONCERN",
            "09, FINANCIAL_DISTRESS,      GOOD,                 20,  0,  0, null, SERIOUS_CONCERN",
            "09, SAFEGUARDING_CONCERN,    GOOD,                 20,  0,  0, null, SERIOUS_CONCERN",
            "10, QUALITY_CONCERN,         GOOD,                 20,  0,  1, null, SERIOUS_CONCERN",
            "11, STAFFING_SHORTFALL,      GOOD,                 20, 24,  0, null, SERIOUS_CONCERN",
            "11, STAFFING_SHORTFALL,      GOOD,                 20, 10,  0, null, SERIOUS_CONCERN",
            "12, QUALITY_CONCERN,         REQUIRES_IMPROVEMENT, 50,  0,  0, null, SERIOUS_CONCERN",
            "13, QUALITY_CONCERN,         REQUIRES_IMPROVEMENT, 49,  0,  0, null, MONITORING",
            "13, STAFFING_SHORTFALL,      GOOD,                 20,  9,  0, null, MONITORING",
            "13, QUALITY_CONCERN,         NOT_YET_RATED,         0,  0,  0, null, MONITORING",
            "13, QUALITY_CONCERN,         OUTSTANDING,          20,  0,  0,   29, MONITORING",
    })
    void each_rule_decides_its_level(String rule, String trigger, String rating, Integer people, Integer shortfall,
            Integer safeguarding, Integer daysLeft, String expected) {
        var result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("trigger", trigger).putValue("cqcRating", rating).putValue("peopleAffected", people)
                .putValue("staffingShortfallPercent", shortfall).putValue("safeguardingConcernsOpen", safeguarding)
                .putValue("daysUntilServiceEnds", daysLeft));

        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(expected);
        assertThat(result.getSingleResult().getEntryMap()).hasSize(1);
        // the first matching rule is the one the row is about
        var rules = Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class).stream().toList();
        assertThat(rules.get(Integer.parseInt(rule) - 1).getOutputEntries().iterator().next().getTextContent())
                .isEqualTo("\"" + expected + "\"");
    }

    @Test
    void every_rule_says_why() {
        var rules = Dmn.readModelFromFile(MODEL.toFile()).getModelElementsByType(Rule.class);
        assertThat(rules).hasSize(13).allSatisfy(r -> assertThat(r.getDescription()).isNotNull());
        assertThat(rules).allSatisfy(r -> assertThat(r.getDescription().getTextContent()).hasSizeGreaterThan(20));
    }

    @Test
    void unknown_days_and_numbers_do_not_raise_the_level_on_their_own() {
        var result = dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("trigger", "QUALITY_CONCERN").putValue("cqcRating", "GOOD").putValue("peopleAffected", null)
                .putValue("staffingShortfallPercent", null).putValue("safeguardingConcernsOpen", null)
                .putValue("daysUntilServiceEnds", null));
        assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo("MONITORING");
    }
}
