package uk.gov.pfe.security;

/** Start-up refused: outside the demo the admin password must come from the environment. */
public class MissingAdminPasswordException extends RuntimeException {

    public MissingAdminPasswordException() {
        super("PFE_ADMIN_PASSWORD is not set. Outside the demo profile no default password exists: "
                + "set PFE_ADMIN_PASSWORD (and optionally PFE_ADMIN_USER) before starting.");
    }
}
