package uk.gov.pfe.intake;

import java.time.Instant;

/** A case as the register holds it. */
public record CaseRecord(String caseReference, String processInstanceId, String providerId, String trigger,
        String escalationLevel, String decision, Boolean section48Applies, String openedBy, Instant openedAt,
        Instant closedAt) {
}
