package uk.gov.pfe.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.pfe.market.BedType;
import uk.gov.pfe.market.Provider;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.FundingType;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.residents.NhsNumber;

/**
 * A synthetic city of about 250,000 people for the demo: 9 nursing homes, 54 residential homes and
 * 51 home care providers with CQC ratings in the proportions of a real city's board report, vacancies,
 * partner staff pools, and the people of three providers (among them the 60-bed nursing home
 * DEMO-N01 and the 400-client home care provider DEMO-H01). Every name is made up; generated with a
 * fixed seed so each demo is the same. Written once, into an empty register, in the demo profile only.
 */
@Component
@ConditionalOnProperty(name = "pfe.demo.data", havingValue = "true")
class DemoCity {

    static final String AUTHORITY = "Demo City Council";
    static final String NURSING_HOME_60 = "DEMO-N01";
    static final String HOME_CARE_400 = "DEMO-H01";
    static final String RESIDENTIAL_HOME = "DEMO-R01";
    /** The date of the board's last quality report in the demo. */
    static final LocalDate LAST_REPORT = LocalDate.of(2026, 8, 31);
    private static final LocalDate REGISTERED = LocalDate.of(2025, 1, 1);
    private static final LocalDate NEW_SINCE_LAST_REPORT = LocalDate.of(2026, 9, 15);

    private static final Logger log = LoggerFactory.getLogger(DemoCity.class);
    private static final double CENTRE_LAT = 52.6300;
    private static final double CENTRE_LON = -1.1300;
    private static final String[] PLACES = {"Oak", "Willow", "Meadow", "Brook", "Elm", "Heather", "Linden", "Maple",
            "Rowan", "Cedar", "Hazel", "Aspen", "Beech", "Birch", "Holly", "Juniper", "Laurel", "Poplar", "Alder",
            "Thorn", "Clover", "Fern", "Ivy", "Primrose", "Bluebell", "Orchard", "Riverside", "Hillview", "Parkside",
            "Lakeside", "Millbrook", "Fairfield", "Greenacre", "Southgate", "Westwood", "Northfield", "Eastleigh",
            "Kingsmead", "Queensway", "Abbey", "Priory", "Grange", "Manor", "Lodge", "Court", "Gardens", "Heights",
            "Vale", "Dene", "Croft", "Field", "Green", "Hollow", "Ridge"};
    private static final String[] GIVEN = {"Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Terry", "Lee", "Jamie", "Kim",
            "Morgan", "Dale", "Jude", "Ash", "Frankie", "Charlie"};
    private static final String[] FAMILY = {"Example", "Sample", "Testwell", "Demoson", "Placeholder", "Mockford",
            "Fictional", "Synthetic", "Madeup", "Specimen"};
    private static final String[] OTHER_FUNDERS = {"Neighbouring Shire Council", "Riverside Borough Council",
            "A Welsh Local Health Board"};
    private static final String ICB = "Demo Integrated Care Board";

    private final JdbcTemplate jdbc;
    private final ProviderRegister register;

    DemoCity(JdbcTemplate jdbc, ProviderRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @EventListener
    @Transactional
    public void seed(ApplicationStartedEvent event) {
        Integer providers = jdbc.queryForObject("select count(*) from pfe_provider", Integer.class);
        if (providers != null && providers > 0) {
            return;
        }
        var random = new Random(2026);
        var asOf = LocalDate.of(2026, 11, 20);
        // ratings in the proportions of the board report: Outstanding / Good / RI / Inadequate / Not yet rated
        seedType(random, asOf, ServiceType.CARE_HOME_NURSING, "N", "Nursing Home", new int[] {0, 9, 0, 0, 0});
        seedType(random, asOf, ServiceType.CARE_HOME_RESIDENTIAL, "R", "Residential Home", new int[] {1, 41, 8, 0, 4});
        seedType(random, asOf, ServiceType.HOME_CARE, "H", "Home Care", new int[] {2, 42, 5, 0, 2});
        seedPeople(random, NURSING_HOME_60, 60, ServiceType.CARE_HOME_NURSING);
        seedPeople(random, HOME_CARE_400, 400, ServiceType.HOME_CARE);
        seedPeople(random, RESIDENTIAL_HOME, 24, ServiceType.CARE_HOME_RESIDENTIAL);
        seedStaffPools();
        log.info("Demo city seeded: 114 providers, 484 people at {}, {} and {}, partner staff pools",
                NURSING_HOME_60, HOME_CARE_400, RESIDENTIAL_HOME);
    }

    private void seedType(Random random, LocalDate asOf, ServiceType type, String code, String kind, int[] ratings) {
        var ratingList = new ArrayList<CqcRating>();
        for (int r = 0; r < ratings.length; r++) {
            for (int i = 0; i < ratings[r]; i++) {
                ratingList.add(CqcRating.values()[r]);
            }
        }
        // the providers with people are Good, the others in a fixed shuffled order
        java.util.Collections.shuffle(ratingList.subList(1, ratingList.size()), random);
        if (ratingList.get(0) != CqcRating.GOOD) {
            int good = ratingList.indexOf(CqcRating.GOOD);
            ratingList.set(good, ratingList.get(0));
            ratingList.set(0, CqcRating.GOOD);
        }
        for (int i = 0; i < ratingList.size(); i++) {
            var id = "DEMO-%s%02d".formatted(code, i + 1);
            int capacity = switch (type) {
                case CARE_HOME_NURSING -> i == 0 ? 60 : 40 + random.nextInt(51);
                case CARE_HOME_RESIDENTIAL -> i == 0 ? 30 : 10 + random.nextInt(51);
                case HOME_CARE -> i == 0 ? 400 : 20 + random.nextInt(181);
            };
            var name = "Synthetic " + PLACES[(i * 7 + code.charAt(0)) % PLACES.length] + " " + kind
                    + (type == ServiceType.HOME_CARE ? " Ltd" : "");
            double lat = CENTRE_LAT + (random.nextDouble() - 0.5) * 0.12;
            double lon = CENTRE_LON + (random.nextDouble() - 0.5) * 0.18;
            var rating = ratingList.get(i);
            var provider = new Provider(id, name, type, rating, capacity,
                    "ZZ%d %dAA".formatted(1 + random.nextInt(9), 1 + random.nextInt(9)), round(lat), round(lon), AUTHORITY,
                    false);
            seedHistory(provider, i, ratingList);
            if (i == 0) {
                continue; // the providers with people are full
            }
            switch (type) {
                case CARE_HOME_NURSING -> {
                    vacancy(id, BedType.NURSING, 4 + random.nextInt(5), asOf);
                    vacancy(id, BedType.NURSING_DEMENTIA, 1 + random.nextInt(3), asOf);
                    vacancy(id, BedType.RESIDENTIAL, random.nextInt(3), asOf);
                }
                case CARE_HOME_RESIDENTIAL -> {
                    vacancy(id, BedType.RESIDENTIAL, random.nextInt(4), asOf);
                    vacancy(id, BedType.RESIDENTIAL_DEMENTIA, random.nextInt(2), asOf);
                }
                case HOME_CARE -> vacancy(id, BedType.HOME_CARE_HOURS, 40 + random.nextInt(400), asOf);
            }
        }
    }

    /**
     * The register's history as the board saw it at its last report (LAST_REPORT): since then one
     * residential home (rated Requires Improvement) and six home care providers (rated Good) have
     * registered, and two residential homes swapped ratings - so the board's table shows
     * residential 1/41/8 (7)/0/4 and home care 2/42 (36)/5/0/2.
     */
    private void seedHistory(Provider provider, int index, List<CqcRating> ratings) {
        var rating = provider.cqcRating();
        boolean residential = provider.serviceType() == ServiceType.CARE_HOME_RESIDENTIAL;
        boolean homeCare = provider.serviceType() == ServiceType.HOME_CARE;
        int position = ratings.subList(0, index).stream().filter(r -> r == rating).toList().size();
        if ((residential && rating == CqcRating.REQUIRES_IMPROVEMENT && position == 0)
                || (homeCare && rating == CqcRating.GOOD && index > 0 && position >= 1 && position <= 6)) {
            register.save(provider, NEW_SINCE_LAST_REPORT, "demo city");
        } else if (residential && rating == CqcRating.GOOD && position == 1) {
            register.save(withRating(provider, CqcRating.REQUIRES_IMPROVEMENT), REGISTERED, "demo city");
            register.rate(provider.providerId(), CqcRating.GOOD, LocalDate.of(2026, 10, 1), "demo city");
        } else if (residential && rating == CqcRating.REQUIRES_IMPROVEMENT && position == 1) {
            register.save(withRating(provider, CqcRating.GOOD), REGISTERED, "demo city");
            register.rate(provider.providerId(), CqcRating.REQUIRES_IMPROVEMENT, LocalDate.of(2026, 10, 15), "demo city");
        } else {
            register.save(provider, REGISTERED, "demo city");
        }
    }

    private static Provider withRating(Provider p, CqcRating rating) {
        return new Provider(p.providerId(), p.name(), p.serviceType(), rating, p.capacity(), p.postcode(), p.latitude(),
                p.longitude(), p.localAuthority(), p.placementsSuspended());
    }

    private void seedPeople(Random random, String providerId, int count, ServiceType type) {
        var rows = new ArrayList<Object[]>();
        for (int i = 1; i <= count; i++) {
            int f = random.nextInt(100);
            var funding = f < 55 ? FundingType.COUNCIL : f < 78 ? FundingType.SELF_FUNDED
                    : f < 90 ? FundingType.NHS_CHC : FundingType.OTHER_AUTHORITY;
            var funder = switch (funding) {
                case NHS_CHC -> ICB;
                case OTHER_AUTHORITY -> OTHER_FUNDERS[random.nextInt(OTHER_FUNDERS.length)];
                default -> null;
            };
            boolean nursing = type == ServiceType.CARE_HOME_NURSING && (funding == FundingType.NHS_CHC || random.nextInt(100) < 65);
            boolean dementia = type != ServiceType.HOME_CARE && random.nextInt(100) < 30;
            Integer hours = type == ServiceType.HOME_CARE ? 3 + random.nextInt(26) : null;
            // a few couples who want to stay together
            String group = type != ServiceType.HOME_CARE && i % 20 == 1 && i < count ? providerId + "-COUPLE-" + i
                    : type != ServiceType.HOME_CARE && i % 20 == 2 ? providerId + "-COUPLE-" + (i - 1) : null;
            var born = LocalDate.of(1925 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            rows.add(new Object[] {"%s-P%03d".formatted(providerId, i), providerId,
                    NhsNumber.withCheckDigit(900_000_000L + Math.floorMod(providerId.hashCode(), 50) * 100_000L + i * 13L),
                    GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)], Date.valueOf(born),
                    funding.name(), funder, nursing, dementia, hours,
                    round(CENTRE_LAT + (random.nextDouble() - 0.5) * 0.1), round(CENTRE_LON + (random.nextDouble() - 0.5) * 0.14),
                    group});
        }
        jdbc.batchUpdate("insert into pfe_person (person_id, provider_id, nhs_number, given_name, family_name, date_of_birth, "
                + "funding_type, funding_authority, nursing_need, dementia_care, home_care_hours_per_week, "
                + "preferred_latitude, preferred_longitude, keep_together_group) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    private void seedStaffPools() {
        List<Object[]> pools = List.of(
                new Object[] {"POOL-NHS-BANK-RN", "Demo NHS Trust staff bank (nurses)", "NHS_BANK", "REGISTERED_NURSE", 6, 0},
                new Object[] {"POOL-NHS-BANK-CW", "Demo NHS Trust staff bank (care)", "NHS_BANK", "CARE_WORKER", 10, 0},
                new Object[] {"POOL-PARTNER-CW", "Partner providers' mutual aid", "PARTNER_PROVIDER", "CARE_WORKER", 12, 0},
                new Object[] {"POOL-PARTNER-RN", "Partner nursing homes' mutual aid", "PARTNER_PROVIDER", "REGISTERED_NURSE", 3, 0},
                new Object[] {"POOL-RETAINER-CW", "Home care retainer contract", "HOME_CARE_RETAINER", "CARE_WORKER", 25, 0},
                new Object[] {"POOL-AGENCY-RN", "Framework agency (nurses)", "AGENCY", "REGISTERED_NURSE", 20, 480},
                new Object[] {"POOL-AGENCY-CW", "Framework agency (care)", "AGENCY", "CARE_WORKER", 40, 230});
        jdbc.batchUpdate("insert into pfe_staff_pool (pool_id, name, source_type, role, shifts_per_day, cost_per_shift) "
                + "values (?, ?, ?, ?, ?, ?)", pools);
    }

    private void vacancy(String providerId, BedType type, int count, LocalDate asOf) {
        if (count > 0) {
            jdbc.update("insert into pfe_vacancy (provider_id, bed_type, vacancies, as_of) values (?, ?, ?, ?)",
                    providerId, type.name(), count, Date.valueOf(asOf));
        }
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
