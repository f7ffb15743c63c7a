package uk.gov.pfe.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for {@code /api/*}, checked against the engine's identity service like the engine REST
 * API. The authenticated user is set on the engine for the request, so engine calls made by our
 * controllers are checked against the access policy too. A refusal is an RFC 9457 problem.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;

    ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"provider-failure-exit\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Log in with HTTP Basic authentication (an engine user and password).\","
                    + "\"instance\":\"" + request.getRequestURI().replace("\"", "") + "\"}");
            return;
        }
        var userId = credentials[0];
        var groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        var tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        try {
            identityService.setAuthentication(userId, groups, tenants);
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** user and password, or null when the header is missing or not Basic. */
    private static String[] credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            var decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
