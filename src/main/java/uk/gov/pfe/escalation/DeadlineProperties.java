package uk.gov.pfe.escalation;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each step with a deadline may take, by escalation level ({@code default} for every level
 * not named). Keys are the steps' names in the model's timer expressions, e.g. {@code convene-group}.
 */
@ConfigurationProperties("pfe.deadlines")
public record DeadlineProperties(Map<String, Map<String, Duration>> steps) {

    public DeadlineProperties {
        var normalised = new java.util.HashMap<String, Map<String, Duration>>();
        if (steps != null) {
            steps.forEach((step, byLevel) -> {
                var levels = new java.util.HashMap<String, Duration>();
                byLevel.forEach((level, duration) -> levels.put(key(level), duration));
                normalised.put(key(step), Map.copyOf(levels));
            });
        }
        steps = Map.copyOf(normalised);
    }

    /** Keys compare without regard to case or to '-' against '_' (EMERGENCY, emergency, convene-group). */
    static String key(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
