package uk.gov.pfe.notification;

/** One message to one recipient about a case. No personal data of residents goes into it. */
public record Notification(String id, String caseReference, RecipientType recipientType, String recipient,
        String subject, String body) {

    public enum RecipientType { CQC, PLACING_AUTHORITY, NHS_FUNDER, HOST_COUNCIL }
}
