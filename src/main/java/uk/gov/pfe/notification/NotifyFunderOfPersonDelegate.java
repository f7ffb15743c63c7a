package uk.gov.pfe.notification;

import static uk.gov.pfe.process.PersonVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.PersonVariables.PERSON_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the placing authority or NHS funder of one person that their relocation has begun (ids only). */
@Component("notifyFunderOfPerson")
class NotifyFunderOfPersonDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final JdbcTemplate jdbc;

    NotifyFunderOfPersonDelegate(NotificationService notifications, JdbcTemplate jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CASE_REFERENCE.required(execution);
        var personId = PERSON_ID.required(execution);
        var row = jdbc.queryForMap("select funding_type, funding_authority, provider_id from pfe_person where person_id = ?",
                personId);
        var type = "NHS_CHC".equals(row.get("funding_type")) ? Notification.RecipientType.NHS_FUNDER
                : Notification.RecipientType.PLACING_AUTHORITY;
        var funder = row.get("funding_authority") == null ? "NHS continuing healthcare" : (String) row.get("funding_authority");
        notifications.notifyAll(List.of(NotificationService.of(caseReference, type, funder,
                "Relocation of person " + personId + " (case " + caseReference + ")",
                "The host council is arranging a move for person " + personId + ", whom you fund, from provider "
                        + row.get("provider_id") + " under case " + caseReference + ". Please take part in the review.")));
    }
}
