package uk.gov.pfe.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may log in. Outside the demo no demo user exists and the admin password comes from the
 * environment ({@code PFE_ADMIN_PASSWORD}).
 */
@ConfigurationProperties("pfe.security")
public record SecurityProperties(String adminUser, String adminPassword, boolean demoUsers) {

    public SecurityProperties {
        adminUser = adminUser == null || adminUser.isBlank() ? "admin" : adminUser;
        adminPassword = adminPassword == null ? "" : adminPassword;
    }
}
