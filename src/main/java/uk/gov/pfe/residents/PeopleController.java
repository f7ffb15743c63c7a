package uk.gov.pfe.residents;

import java.io.InputStream;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.pfe.security.CurrentUser;
import uk.gov.pfe.security.Groups;
import uk.gov.pfe.web.CsvRows;

/** Import of a provider's resident or client list (CSV), all or nothing. */
@RestController
class PeopleController {

    private final PeopleImport imports;
    private final CurrentUser user;

    PeopleController(PeopleImport imports, CurrentUser user) {
        this.imports = imports;
        this.user = user;
    }

    @PostMapping(path = "/api/providers/{providerId}/people", consumes = {"text/csv", "application/csv", "text/plain"})
    Map<String, Integer> importPeople(@PathVariable String providerId, InputStream body) {
        user.requireAnyOf(Groups.REGISTER_IMPORTERS, "import people into the register");
        var rows = CsvRows.read(body, PeopleImport.COLUMNS, PeopleImport.REQUIRED);
        return Map.of("imported", imports.importPeople(providerId, rows));
    }
}
