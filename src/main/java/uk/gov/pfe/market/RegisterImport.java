package uk.gov.pfe.market;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.web.CsvRows;
import uk.gov.pfe.web.RowChecker;

/**
 * Imports providers and vacancies into the register: every row is checked first, every problem is
 * reported with its row number, and nothing is written unless all rows are good.
 */
@Service
public class RegisterImport {

    public static final List<String> PROVIDER_COLUMNS = List.of("providerId", "name", "serviceType", "cqcRating",
            "capacity", "postcode", "latitude", "longitude", "localAuthority", "placementsSuspended");
    public static final Set<String> PROVIDER_REQUIRED = Set.of("providerId", "name", "serviceType", "cqcRating",
            "capacity", "localAuthority");
    public static final List<String> RATING_COLUMNS = List.of("providerId", "cqcRating", "ratedOn");
    public static final List<String> VACANCY_COLUMNS = List.of("providerId", "bedType", "vacancies", "asOf");

    private final ProviderRegister register;
    private final JdbcTemplate jdbc;

    RegisterImport(ProviderRegister register, JdbcTemplate jdbc) {
        this.register = register;
        this.jdbc = jdbc;
    }

    @Transactional
    public int importProviders(List<CsvRows.Row> rows) {
        var check = new RowChecker();
        var seen = new HashSet<String>();
        var providers = new ArrayList<Provider>();
        for (var row : rows) {
            if (!check.shapeOk(row)) {
                continue;
            }
            var id = check.text(row, "providerId", true, 64);
            if (id != null && !id.matches("[A-Za-z0-9._-]+")) {
                check.problem(row, "providerId", "only letters, digits, '.', '_' and '-'");
                id = null;
            }
            if (id != null && !seen.add(id)) {
                check.problem(row, "providerId", "'" + id + "' appears twice in the file");
            }
            var name = check.text(row, "name", true, 200);
            var type = check.enumOf(row, "serviceType", ServiceType.class, true);
            var rating = check.enumOf(row, "cqcRating", CqcRating.class, true);
            var capacity = check.integer(row, "capacity", true, 0, 100000);
            var postcode = check.text(row, "postcode", false, 10);
            var latitude = check.decimal(row, "latitude", false, -90, 90);
            var longitude = check.decimal(row, "longitude", false, -180, 180);
            var authority = check.text(row, "localAuthority", true, 100);
            var suspended = check.bool(row, "placementsSuspended", false);
            if ((row.get("latitude").isEmpty()) != (row.get("longitude").isEmpty())) {
                check.problem(row, "latitude/longitude", "give both or neither");
            }
            if (!check.hasProblems()) {
                providers.add(new Provider(id, name, type, rating, capacity, postcode, latitude, longitude, authority,
                        suspended != null && suspended));
            }
        }
        check.throwIfAny("The providers were not imported", rows.size());
        providers.forEach(register::save);
        return providers.size();
    }

    /** CQC rating updates, each effective on the date CQC published it; recorded in the provider's history. */
    @Transactional
    public int importRatings(List<CsvRows.Row> rows) {
        var check = new RowChecker();
        var updates = new ArrayList<Object[]>();
        var seen = new HashSet<String>();
        for (var row : rows) {
            if (!check.shapeOk(row)) {
                continue;
            }
            var id = check.text(row, "providerId", true, 64);
            if (id != null && register.find(id).isEmpty()) {
                check.problem(row, "providerId", "no provider '" + id + "' in the register");
            }
            var rating = check.enumOf(row, "cqcRating", CqcRating.class, true);
            var ratedOn = check.date(row, "ratedOn", true);
            if (ratedOn != null && ratedOn.isAfter(java.time.LocalDate.now().plusDays(1))) {
                check.problem(row, "ratedOn", ratedOn + " is in the future");
            }
            if (id != null && !seen.add(id)) {
                check.problem(row, "providerId", "'" + id + "' appears twice in the file");
            }
            if (!check.hasProblems()) {
                updates.add(new Object[] {id, rating, ratedOn});
            }
        }
        check.throwIfAny("The ratings were not imported", rows.size());
        for (var u : updates) {
            register.rate((String) u[0], (CqcRating) u[1], (java.time.LocalDate) u[2], "rating import");
        }
        return updates.size();
    }

    @Transactional
    public int importVacancies(List<CsvRows.Row> rows) {
        var check = new RowChecker();
        var seen = new HashSet<String>();
        var vacancies = new ArrayList<Vacancy>();
        var providers = new HashMap<String, Provider>();
        for (var row : rows) {
            if (!check.shapeOk(row)) {
                continue;
            }
            var id = check.text(row, "providerId", true, 64);
            Provider provider = null;
            if (id != null) {
                provider = providers.computeIfAbsent(id, k -> register.find(k).orElse(null));
                if (provider == null) {
                    check.problem(row, "providerId", "no provider '" + id + "' in the register");
                }
            }
            var type = check.enumOf(row, "bedType", BedType.class, true);
            var count = check.integer(row, "vacancies", true, 0, 100000);
            var asOf = check.date(row, "asOf", true);
            if (provider != null && type != null && !type.offeredBy(provider.serviceType())) {
                check.problem(row, "bedType", type + " is not offered by a " + provider.serviceType() + " provider");
            }
            if (id != null && type != null && !seen.add(id + "/" + type)) {
                check.problem(row, "bedType", id + " " + type + " appears twice in the file");
            }
            if (!check.hasProblems()) {
                vacancies.add(new Vacancy(id, type, count, asOf));
            }
        }
        check.throwIfAny("The vacancies were not imported", rows.size());
        for (var v : vacancies) {
            int updated = jdbc.update("update pfe_vacancy set vacancies = ?, as_of = ? where provider_id = ? and bed_type = ?",
                    v.vacancies(), Date.valueOf(v.asOf()), v.providerId(), v.bedType().name());
            if (updated == 0) {
                jdbc.update("insert into pfe_vacancy (provider_id, bed_type, vacancies, as_of) values (?, ?, ?, ?)",
                        v.providerId(), v.bedType().name(), v.vacancies(), Date.valueOf(v.asOf()));
            }
        }
        return vacancies.size();
    }

    public List<Vacancy> vacancies(String providerId, BedType bedType) {
        var sql = new StringBuilder("select provider_id, bed_type, vacancies, as_of from pfe_vacancy where 1 = 1");
        var args = new ArrayList<Object>();
        if (providerId != null) {
            sql.append(" and provider_id = ?");
            args.add(providerId);
        }
        if (bedType != null) {
            sql.append(" and bed_type = ?");
            args.add(bedType.name());
        }
        sql.append(" order by provider_id, bed_type");
        return jdbc.query(sql.toString(), (rs, i) -> new Vacancy(rs.getString(1), BedType.valueOf(rs.getString(2)),
                rs.getInt(3), rs.getDate(4).toLocalDate()), args.toArray());
    }
}
