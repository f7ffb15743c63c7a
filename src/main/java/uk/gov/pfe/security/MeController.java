package uk.gov.pfe.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells a caller who the API takes them to be, and in which teams. */
@RestController
class MeController {

    record Me(String userId, List<String> groups) {
    }

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/me")
    Me me() {
        return new Me(currentUser.id(), currentUser.groups());
    }
}
