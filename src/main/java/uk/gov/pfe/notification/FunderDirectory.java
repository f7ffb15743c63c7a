package uk.gov.pfe.notification;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who funds people at a provider, other than the host council: each placing authority and each NHS
 * funder with at least one person there (the Care Act's cross-border duty to tell them).
 */
@Component
class FunderDirectory {

    record Funder(Notification.RecipientType type, String name, int people) {
    }

    private final JdbcTemplate jdbc;

    FunderDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Funder> fundersAt(String providerId) {
        return jdbc.query("select funding_type, coalesce(funding_authority, 'NHS continuing healthcare') as funder, "
                        + "count(*) as people from pfe_person where provider_id = ? and status = 'ACTIVE' "
                        + "and funding_type in ('NHS_CHC', 'OTHER_AUTHORITY') "
                        + "group by funding_type, coalesce(funding_authority, 'NHS continuing healthcare') order by 2",
                (rs, i) -> new Funder("NHS_CHC".equals(rs.getString(1)) ? Notification.RecipientType.NHS_FUNDER
                        : Notification.RecipientType.PLACING_AUTHORITY, rs.getString(2), rs.getInt(3)),
                providerId);
    }
}
