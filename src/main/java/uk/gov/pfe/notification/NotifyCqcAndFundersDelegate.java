package uk.gov.pfe.notification;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;
import static uk.gov.pfe.process.CaseVariables.ESCALATION_LEVEL;
import static uk.gov.pfe.process.CaseVariables.PROVIDER_ID;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.pfe.market.ProviderRegister;

/** Tells CQC and every placing authority and NHS funder of people at the provider about the case. */
@Component("notifyCqcAndFunders")
class NotifyCqcAndFundersDelegate implements JavaDelegate {

    private final NotificationService notifications;
    private final FunderDirectory funders;
    private final ProviderRegister providers;

    NotifyCqcAndFundersDelegate(NotificationService notifications, FunderDirectory funders, ProviderRegister providers) {
        this.notifications = notifications;
        this.funders = funders;
        this.providers = providers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CASE_REFERENCE.required(execution);
        var providerId = PROVIDER_ID.required(execution);
        var providerName = providers.find(providerId).map(p -> p.name()).orElse(providerId);
        var level = ESCALATION_LEVEL.required(execution);
        var subject = "Provider failure procedure: " + providerName + " (" + providerId + ") at " + level + ", case "
                + caseReference;
        var list = new ArrayList<Notification>();
        list.add(NotificationService.of(caseReference, Notification.RecipientType.CQC, "Care Quality Commission", subject,
                "The council has opened case " + caseReference + " under its provider failure and exit procedure for "
                        + providerName + " (CQC location " + providerId + "), escalation level " + level + "."));
        for (var funder : funders.fundersAt(providerId)) {
            list.add(NotificationService.of(caseReference, funder.type(), funder.name(), subject,
                    "You fund " + funder.people() + " person(s) receiving care from " + providerName + " ("
                            + providerId + "). The host council has opened case " + caseReference + " at level " + level
                            + " and will contact you about reviews and any move. Please name a contact for the case."));
        }
        notifications.notifyAll(list);
    }
}
