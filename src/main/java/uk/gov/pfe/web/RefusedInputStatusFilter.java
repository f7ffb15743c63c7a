package uk.gov.pfe.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.pfe.process.Refusals;

/**
 * Engine REST maps every engine exception of {@code POST /process-definition/.../start} to 500. When
 * the engine refused the caller's values (code {@link Refusals#INPUT_REFUSED}), the fault is the
 * caller's: answer 400 with the same body, as {@code submit-form} and task completion already do.
 */
public class RefusedInputStatusFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 500 && response.getEntity() instanceof ExceptionDto error
                && Integer.valueOf(Refusals.INPUT_REFUSED).equals(error.getCode())) {
            response.setStatus(400);
        }
    }

    @Configuration
    static class Registration {

        @Bean
        ResourceConfigCustomizer refusedInputStatus() {
            return config -> config.register(RefusedInputStatusFilter.class);
        }
    }
}
