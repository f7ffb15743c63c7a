package uk.gov.pfe.market;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.security.CurrentUser;
import uk.gov.pfe.security.Groups;
import uk.gov.pfe.web.BadRequestException;
import uk.gov.pfe.web.CsvRows;
import uk.gov.pfe.web.NotFoundException;

/** The market register: read by every team, imported by commissioning, the placement service and admins. */
@RestController
@RequestMapping("/api")
class ProviderController {

    private final ProviderRegister register;
    private final RegisterImport imports;
    private final CurrentUser user;

    ProviderController(ProviderRegister register, RegisterImport imports, CurrentUser user) {
        this.register = register;
        this.imports = imports;
        this.user = user;
    }

    @GetMapping("/providers")
    List<Provider> list(@RequestParam(required = false) String serviceType,
            @RequestParam(required = false) String localAuthority) {
        return register.list(parse(serviceType, ServiceType.class, "serviceType"), localAuthority);
    }

    @GetMapping("/providers/{providerId}")
    Provider get(@PathVariable String providerId) {
        return register.find(providerId).orElseThrow(() -> new NotFoundException("No provider " + providerId + "."));
    }

    @PostMapping(path = "/providers", consumes = {"text/csv", "application/csv", "text/plain"})
    Map<String, Integer> importCsv(InputStream body) {
        user.requireAnyOf(Groups.REGISTER_IMPORTERS, "import into the market register");
        var rows = CsvRows.read(body, RegisterImport.PROVIDER_COLUMNS, RegisterImport.PROVIDER_REQUIRED);
        return Map.of("imported", imports.importProviders(rows));
    }

    @PostMapping(path = "/providers", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> importJson(@RequestBody(required = false) Object body) {
        user.requireAnyOf(Groups.REGISTER_IMPORTERS, "import into the market register");
        var items = body instanceof List<?> list ? list : body == null ? List.of() : List.of(body);
        if (items.isEmpty()) {
            throw new BadRequestException("Send a provider object or an array of providers.");
        }
        var rows = new ArrayList<CsvRows.Row>();
        int number = 0;
        for (var item : items) {
            number++;
            if (!(item instanceof Map<?, ?> map)) {
                throw new BadRequestException("Item " + number + " is not a provider object.");
            }
            var values = new LinkedHashMap<String, String>();
            var unknown = new ArrayList<String>();
            map.forEach((k, v) -> {
                if (!RegisterImport.PROVIDER_COLUMNS.contains(String.valueOf(k))) {
                    unknown.add(String.valueOf(k));
                }
                values.put(String.valueOf(k), v == null ? "" : String.valueOf(v));
            });
            if (!unknown.isEmpty()) {
                throw new BadRequestException("Item " + number + " has unknown field(s) " + unknown + "; allowed: "
                        + RegisterImport.PROVIDER_COLUMNS);
            }
            rows.add(new CsvRows.Row(number, values));
        }
        return Map.of("imported", imports.importProviders(rows));
    }

    @PostMapping(path = "/providers/ratings", consumes = {"text/csv", "application/csv", "text/plain"})
    Map<String, Integer> importRatings(InputStream body) {
        user.requireAnyOf(Groups.REGISTER_IMPORTERS, "import CQC ratings");
        var rows = CsvRows.read(body, RegisterImport.RATING_COLUMNS, java.util.Set.copyOf(RegisterImport.RATING_COLUMNS));
        return Map.of("imported", imports.importRatings(rows));
    }

    @GetMapping("/vacancies")
    List<Vacancy> vacancies(@RequestParam(required = false) String providerId,
            @RequestParam(required = false) String bedType) {
        return imports.vacancies(providerId, parse(bedType, BedType.class, "bedType"));
    }

    @PostMapping(path = "/vacancies", consumes = {"text/csv", "application/csv", "text/plain"})
    Map<String, Integer> importVacancies(InputStream body) {
        user.requireAnyOf(Groups.REGISTER_IMPORTERS, "import vacancies");
        var rows = CsvRows.read(body, RegisterImport.VACANCY_COLUMNS, java.util.Set.copyOf(RegisterImport.VACANCY_COLUMNS));
        return Map.of("imported", imports.importVacancies(rows));
    }

    private static <E extends Enum<E>> E parse(String value, Class<E> type, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + ": '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
