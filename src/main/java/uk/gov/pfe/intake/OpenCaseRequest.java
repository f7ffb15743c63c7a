package uk.gov.pfe.intake;

/** What a caller sends to open a case; checked field by field by {@link CaseIntake}. */
public record OpenCaseRequest(String providerId, String trigger, String caseReference, String concernSummary) {
}
