package uk.gov.pfe.notification;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends by mail when {@code spring.mail.*} is configured and the recipient has an address in
 * {@code pfe.notification.addresses}; otherwise writes the notification (ids, no personal data) to
 * the log, so a demo or a council without mail still has the record.
 */
@Configuration
class NotificationSenders {

    private static final Logger log = LoggerFactory.getLogger(NotificationSenders.class);

    @ConfigurationProperties("pfe.notification")
    record NotificationProperties(String from, Map<String, String> addresses) {
        NotificationProperties {
            from = from == null ? "provider-failure@council.invalid" : from;
            addresses = addresses == null ? Map.of() : Map.copyOf(addresses);
        }
    }

    @Bean
    NotificationSender notificationSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        var mailSender = mail.getIfAvailable();
        return notification -> {
            var address = properties.addresses().get(notification.recipient());
            if (mailSender != null && address != null) {
                var message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(address);
                message.setSubject(notification.subject());
                message.setText(notification.body());
                mailSender.send(message);
                return "MAIL";
            }
            log.info("Notification {} for case {} to {} ({}): {}", notification.id(), notification.caseReference(),
                    notification.recipient(), notification.recipientType(), notification.subject());
            return "LOG";
        };
    }
}
