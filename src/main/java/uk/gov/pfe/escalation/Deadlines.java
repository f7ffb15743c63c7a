package uk.gov.pfe.escalation;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The deadlines of the procedure, for the model's timers and due dates:
 * {@code ${deadlines.duration('convene-group', escalationLevel)}}. Shorter at higher levels; set in
 * configuration ({@code pfe.deadlines.steps}), never in Java.
 */
@Component("deadlines")
public class Deadlines {

    private final DeadlineProperties properties;

    public Deadlines(DeadlineProperties properties) {
        this.properties = properties;
    }

    /** The step's deadline at this level as an ISO-8601 duration, e.g. PT4H. */
    public String duration(String step, Object escalationLevel) {
        return of(step, escalationLevel).toString();
    }

    /** When the step falls due if it starts now (engine clock): shown as the task's due date in Tasklist. */
    public Date due(String step, Object escalationLevel) {
        return new Date(ClockUtil.getCurrentTime().getTime() + of(step, escalationLevel).toMillis());
    }

    public Duration of(String step, Object escalationLevel) {
        var byLevel = properties.steps().get(DeadlineProperties.key(step));
        if (byLevel == null) {
            throw new IllegalArgumentException("No deadline configured for step '" + step + "' (pfe.deadlines.steps."
                    + step + ")");
        }
        var level = escalationLevel == null ? "default" : DeadlineProperties.key(escalationLevel.toString());
        var duration = byLevel.getOrDefault(level, byLevel.get("default"));
        if (duration == null) {
            throw new IllegalArgumentException("No deadline for step '" + step + "' at level " + level
                    + " and no default (pfe.deadlines.steps." + step + ")");
        }
        return duration;
    }
}
