package uk.gov.pfe.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;

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

    public void save(Provider p) {
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
        jdbc.update("update pfe_provider set placements_suspended = ? where provider_id = ?", suspended, providerId);
    }

    private static Provider row(ResultSet rs, int i) throws SQLException {
        return new Provider(rs.getString("provider_id"), rs.getString("name"),
                ServiceType.valueOf(rs.getString("service_type")), CqcRating.valueOf(rs.getString("cqc_rating")),
                rs.getInt("capacity"), rs.getString("postcode"), (Double) rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getString("local_authority"),
                rs.getBoolean("placements_suspended"));
    }
}
