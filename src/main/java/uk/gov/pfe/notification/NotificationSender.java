package uk.gov.pfe.notification;

/** Delivers a recorded notification; returns the channel used. Throws when it could not be delivered. */
public interface NotificationSender {
    String send(Notification notification);
}
