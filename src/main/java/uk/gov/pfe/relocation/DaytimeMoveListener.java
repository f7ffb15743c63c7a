package uk.gov.pfe.relocation;

import static uk.gov.pfe.process.PersonVariables.MOVING_DATE;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;
import uk.gov.pfe.process.UkTime;

/**
 * Moves happen in the daytime: a moving time between 20:00 and 08:00 UK time is refused when the
 * move is arranged (a 400 through REST, like any form check; the task stays open).
 */
@Component("daytimeMove")
class DaytimeMoveListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        var value = MOVING_DATE.from(task);
        if (value == null || value.length() <= 10) {
            return; // a date without a time: the form requires the time, the generic check reports it
        }
        int hour;
        try {
            hour = OffsetDateTime.parse(value).atZoneSameInstant(UkTime.ZONE).getHour();
        } catch (DateTimeParseException e) {
            try {
                hour = LocalDateTime.parse(value).getHour();
            } catch (DateTimeParseException again) {
                throw new FormFieldValidationException("movingDate", "'Moving date and time' (movingDate) must be a "
                        + "date and time, was '" + value + "'");
            }
        }
        if (hour >= 20 || hour < 8) {
            throw new FormFieldValidationException("movingDate", "'Moving date and time' (movingDate) must be in the "
                    + "daytime, between 08:00 and 20:00 UK time; " + value + " is " + hour + ":xx in the UK");
        }
    }
}
