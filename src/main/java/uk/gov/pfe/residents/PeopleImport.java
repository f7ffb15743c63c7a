package uk.gov.pfe.residents;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.FundingType;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.web.CsvRows;
import uk.gov.pfe.web.NotFoundException;
import uk.gov.pfe.web.RowChecker;

/**
 * Imports the people a provider serves. Every row is checked (NHS number check digit, dates, enums,
 * duplicates, funding authority where the funder is not the council), and nothing is written unless
 * all rows are good. Logs carry counts and ids only: this is special-category health data.
 */
@Service
public class PeopleImport {

    public static final List<String> COLUMNS = List.of("personId", "nhsNumber", "givenName", "familyName", "dateOfBirth",
            "fundingType", "fundingAuthority", "nursingNeed", "dementiaCare", "homeCareHoursPerWeek",
            "preferredLatitude", "preferredLongitude", "keepTogetherGroup");
    public static final Set<String> REQUIRED = Set.of("personId", "nhsNumber", "givenName", "familyName", "dateOfBirth",
            "fundingType");

    private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);

    private record Person(String personId, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
            FundingType fundingType, String fundingAuthority, boolean nursingNeed, boolean dementiaCare,
            Integer homeCareHours, Double latitude, Double longitude, String keepTogetherGroup) {
    }

    private final JdbcTemplate jdbc;
    private final ProviderRegister providers;

    PeopleImport(JdbcTemplate jdbc, ProviderRegister providers) {
        this.jdbc = jdbc;
        this.providers = providers;
    }

    @Transactional
    public int importPeople(String providerId, List<CsvRows.Row> rows) {
        var provider = providers.find(providerId)
                .orElseThrow(() -> new NotFoundException("No provider " + providerId + " in the market register."));
        var homeCare = provider.serviceType() == ServiceType.HOME_CARE;
        var elsewhere = new HashMap<String, String>();
        jdbc.query("select person_id, provider_id from pfe_person where provider_id <> ?",
                rs -> {
                    elsewhere.put(rs.getString(1), rs.getString(2));
                }, providerId);
        var check = new RowChecker();
        var ids = new HashSet<String>();
        var nhsNumbers = new HashSet<String>();
        var people = new ArrayList<Person>();
        for (var row : rows) {
            if (!check.shapeOk(row)) {
                continue;
            }
            var id = check.text(row, "personId", true, 64);
            if (id != null && !id.matches("[A-Za-z0-9._-]+")) {
                check.problem(row, "personId", "only letters, digits, '.', '_' and '-'");
                id = null;
            }
            if (id != null && !ids.add(id)) {
                check.problem(row, "personId", "'" + id + "' appears twice in the file");
            } else if (id != null && elsewhere.containsKey(id)) {
                check.problem(row, "personId", "'" + id + "' is recorded at provider " + elsewhere.get(id));
            }
            String nhs = null;
            if (row.get("nhsNumber").isEmpty()) {
                check.problem(row, "nhsNumber", "required");
            } else {
                nhs = NhsNumber.normalise(row.get("nhsNumber"));
                if (nhs == null) {
                    check.problem(row, "nhsNumber", "not a valid NHS number (10 digits with a modulus 11 check digit)");
                } else if (!nhsNumbers.add(nhs)) {
                    check.problem(row, "nhsNumber", "appears twice in the file");
                }
            }
            var given = check.text(row, "givenName", true, 100);
            var family = check.text(row, "familyName", true, 100);
            var born = check.date(row, "dateOfBirth", true);
            if (born != null && (born.isAfter(LocalDate.now()) || born.isBefore(LocalDate.of(1900, 1, 1)))) {
                check.problem(row, "dateOfBirth", born + " is not a plausible date of birth");
            }
            var funding = check.enumOf(row, "fundingType", FundingType.class, true);
            var authority = check.text(row, "fundingAuthority", false, 100);
            if (funding == FundingType.OTHER_AUTHORITY && authority == null) {
                check.problem(row, "fundingAuthority", "required when fundingType is OTHER_AUTHORITY");
            }
            var nursing = check.bool(row, "nursingNeed", false);
            var dementia = check.bool(row, "dementiaCare", false);
            var hours = check.integer(row, "homeCareHoursPerWeek", false, 0, 168);
            if (homeCare && row.get("homeCareHoursPerWeek").isEmpty()) {
                check.problem(row, "homeCareHoursPerWeek", "required for a home care client");
            }
            var lat = check.decimal(row, "preferredLatitude", false, -90, 90);
            var lon = check.decimal(row, "preferredLongitude", false, -180, 180);
            if (row.get("preferredLatitude").isEmpty() != row.get("preferredLongitude").isEmpty()) {
                check.problem(row, "preferredLatitude/preferredLongitude", "give both or neither");
            }
            var group = check.text(row, "keepTogetherGroup", false, 64);
            if (!check.hasProblems()) {
                people.add(new Person(id, nhs, given, family, born, funding, authority, Boolean.TRUE.equals(nursing),
                        Boolean.TRUE.equals(dementia), hours, lat, lon, group));
            }
        }
        check.throwIfAny("The people were not imported", rows.size());
        for (var p : people) {
            int updated = jdbc.update("update pfe_person set nhs_number = ?, given_name = ?, family_name = ?, "
                            + "date_of_birth = ?, funding_type = ?, funding_authority = ?, nursing_need = ?, dementia_care = ?, "
                            + "home_care_hours_per_week = ?, preferred_latitude = ?, preferred_longitude = ?, "
                            + "keep_together_group = ? where person_id = ? and provider_id = ?",
                    p.nhsNumber(), p.givenName(), p.familyName(), Date.valueOf(p.dateOfBirth()), p.fundingType().name(),
                    p.fundingAuthority(), p.nursingNeed(), p.dementiaCare(), p.homeCareHours(), p.latitude(),
                    p.longitude(), p.keepTogetherGroup(), p.personId(), providerId);
            if (updated == 0) {
                jdbc.update("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, "
                                + "date_of_birth, funding_type, funding_authority, nursing_need, dementia_care, "
                                + "home_care_hours_per_week, preferred_latitude, preferred_longitude, keep_together_group) "
                                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        p.personId(), providerId, p.nhsNumber(), p.givenName(), p.familyName(),
                        Date.valueOf(p.dateOfBirth()), p.fundingType().name(), p.fundingAuthority(), p.nursingNeed(),
                        p.dementiaCare(), p.homeCareHours(), p.latitude(), p.longitude(), p.keepTogetherGroup());
            }
        }
        log.info("Imported {} people for provider {}", people.size(), providerId);
        return people.size();
    }
}
