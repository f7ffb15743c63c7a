package uk.gov.pfe.notification;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records each notification before sending it, then sends what is not yet sent. Recording is
 * idempotent (one row per case, recipient and subject), so a retried job sends nothing twice.
 */
@Service
public class NotificationService {

    private final JdbcTemplate jdbc;
    private final NotificationSender sender;

    NotificationService(JdbcTemplate jdbc, NotificationSender sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    public void notifyAll(List<Notification> notifications) {
        for (var n : notifications) {
            Integer existing = jdbc.queryForObject("select count(*) from pfe_notification where case_reference = ? "
                    + "and recipient_type = ? and recipient = ? and subject = ?", Integer.class,
                    n.caseReference(), n.recipientType().name(), n.recipient(), n.subject());
            if (existing == null || existing == 0) {
                jdbc.update("insert into pfe_notification (notification_id, case_reference, recipient_type, recipient, "
                                + "subject, body, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
                        n.id(), n.caseReference(), n.recipientType().name(), n.recipient(), n.subject(), n.body(), now());
            }
        }
        for (var n : notifications) {
            var row = jdbc.queryForMap("select notification_id, sent_at from pfe_notification where case_reference = ? "
                    + "and recipient_type = ? and recipient = ? and subject = ?",
                    n.caseReference(), n.recipientType().name(), n.recipient(), n.subject());
            if (row.get("sent_at") == null) {
                var recorded = new Notification((String) row.get("notification_id"), n.caseReference(),
                        n.recipientType(), n.recipient(), n.subject(), n.body());
                var channel = sender.send(recorded);
                jdbc.update("update pfe_notification set sent_at = ?, channel = ? where notification_id = ?", now(),
                        channel, recorded.id());
            }
        }
    }

    public static Notification of(String caseReference, Notification.RecipientType type, String recipient,
            String subject, String body) {
        return new Notification(UUID.randomUUID().toString(), caseReference, type, recipient, subject, body);
    }

    public List<Map<String, Object>> forCase(String caseReference) {
        return jdbc.queryForList("select recipient_type, recipient, subject, recorded_at, sent_at, channel "
                + "from pfe_notification where case_reference = ? order by recorded_at, recipient", caseReference);
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }
}
