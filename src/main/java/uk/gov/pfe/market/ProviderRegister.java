package uk.gov.pfe.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.process.UkTime;

/** Reads and updates the market register (pfe_provider). */
@Repository
public class ProviderRegister {

    private static final String COLUMNS = "provider_id, name, service_type, cqc_rating, capacity, postcode, latitude, "
            + "longitude, local_authority, placements_suspended";

    private final JdbcTemplate jdbc;

    ProviderRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Provider> find(String providerId) {
        return jdbc.query("select " + COLUMNS + " from pfe_provider where provider_id = ?", ProviderRegister::row, providerId)
                .stream().findFirst();
    }

    public List<Provider> list(ServiceType serviceType, String localAuthority) {
        var sql = new StringBuilder("select " + COLUMNS + " from pfe_provider where 1 = 1");
        var args = new ArrayList<Object>();
        if (serviceType != null) {
            sql.append(" and service_type = ?");
            args.add(serviceType.name());
        }
        if (localAuthority != null) {
            sql.append(" and local_authority = ?");
            args.add(localAuthority);
        }
        sql.append(" order by provider_id");
        return jdbc.query(sql.toString(), ProviderRegister::row, args.toArray());
    }

    /** Saves the provider as of today; a change of rating, service type or suspension is kept in its history. */
    public void save(Provider p) {
        save(p, UkTime.today(), "register import");
    }

    /** Saves the provider; what changed is recorded in pfe_provider_history with the date it took effect. */
    public void save(Provider p, LocalDate effectiveOn, String source) {
        var before = find(p.providerId()).orElse(null);
        if (before == null) {
            history(p.providerId(), "REGISTERED", null, "true", effectiveOn, source);
            history(p.providerId(), "SERVICE_TYPE", null, p.serviceType().name(), effectiveOn, source);
            history(p.providerId(), "CQC_RATING", null, p.cqcRating().name(), effectiveOn, source);
            history(p.providerId(), "PLACEMENTS_SUSPENDED", null, String.valueOf(p.placementsSuspended()), effectiveOn, source);
        } else {
            if (before.serviceType() != p.serviceType()) {
                history(p.providerId(), "SERVICE_TYPE", before.serviceType().name(), p.serviceType().name(), effectiveOn, source);
            }
            if (before.cqcRating() != p.cqcRating()) {
                history(p.providerId(), "CQC_RATING", before.cqcRating().name(), p.cqcRating().name(), effectiveOn, source);
            }
            if (before.placementsSuspended() != p.placementsSuspended()) {
                history(p.providerId(), "PLACEMENTS_SUSPENDED", String.valueOf(before.placementsSuspended()),
                        String.valueOf(p.placementsSuspended()), effectiveOn, source);
            }
        }
        int updated = jdbc.update("update pfe_provider set name = ?, service_type = ?, cqc_rating = ?, capacity = ?, "
                        + "postcode = ?, latitude = ?, longitude = ?, local_authority = ?, placements_suspended = ? "
                        + "where provider_id = ?",
                p.name(), p.serviceType().name(), p.cqcRating().name(), p.capacity(), p.postcode(), p.latitude(),
                p.longitude(), p.localAuthority(), p.placementsSuspended(), p.providerId());
        if (updated == 0) {
            jdbc.update("insert into pfe_provider (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    p.providerId(), p.name(), p.serviceType().name(), p.cqcRating().name(), p.capacity(), p.postcode(),
                    p.latitude(), p.longitude(), p.localAuthority(), p.placementsSuspended());
        }
    }

    void setPlacementsSuspended(String providerId, boolean suspended) {
        var before = find(providerId).orElse(null);
        if (before != null && before.placementsSuspended() != suspended) {
            history(providerId, "PLACEMENTS_SUSPENDED", String.valueOf(!suspended), String.valueOf(suspended), UkTime.today(),
                    "provider failure case");
        }
        jdbc.update("update pfe_provider set placements_suspended = ? where provider_id = ?", suspended, providerId);
    }

    /** A new CQC rating, effective on the date CQC published it. */
    public void rate(String providerId, uk.gov.pfe.process.CqcRating rating, LocalDate ratedOn, String source) {
        var before = find(providerId).orElseThrow();
        if (before.cqcRating() != rating) {
            history(providerId, "CQC_RATING", before.cqcRating().name(), rating.name(), ratedOn, source);
            jdbc.update("update pfe_provider set cqc_rating = ? where provider_id = ?", rating.name(), providerId);
        }
    }

    private void history(String providerId, String field, String oldValue, String newValue, LocalDate effectiveOn,
            String source) {
        jdbc.update("insert into pfe_provider_history (history_id, provider_id, field, old_value, new_value, effective_on, "
                        + "recorded_at, source) values (?, ?, ?, ?, ?, ?, ?, ?)",
                java.util.UUID.randomUUID().toString(), providerId, field, oldValue, newValue,
                java.sql.Date.valueOf(effectiveOn), new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()), source);
    }

    private static Provider row(ResultSet rs, int i) throws SQLException {
        return new Provider(rs.getString("provider_id"), rs.getString("name"),
                ServiceType.valueOf(rs.getString("service_type")), CqcRating.valueOf(rs.getString("cqc_rating")),
                rs.getInt("capacity"), rs.getString("postcode"), (Double) rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getString("local_authority"),
                rs.getBoolean("placements_suspended"));
    }
}
