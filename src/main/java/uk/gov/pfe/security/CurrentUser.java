package uk.gov.pfe.security;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.gov.pfe.web.ForbiddenException;

/** The user our API serves in this request, as set by the authentication filter. */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        return authentication().getUserId();
    }

    public List<String> groups() {
        var groups = authentication().getGroupIds();
        return groups == null ? List.of() : List.copyOf(groups);
    }

    /** Refuses the request (403) unless the user is in one of these groups. */
    public void requireAnyOf(Collection<String> allowed, String action) {
        if (groups().stream().noneMatch(allowed::contains)) {
            throw new ForbiddenException("User " + id() + " may not " + action + "; allowed groups: "
                    + String.join(", ", allowed) + ".");
        }
    }

    private Authentication authentication() {
        var authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No authenticated user on this request");
        }
        return authentication;
    }
}
