package uk.gov.pfe.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.pfe.market.ProviderRegister;
import uk.gov.pfe.process.CaseVariables;
import uk.gov.pfe.process.ProcessKeys;
import uk.gov.pfe.process.Trigger;
import uk.gov.pfe.process.UkTime;
import uk.gov.pfe.web.BadRequestException;
import uk.gov.pfe.web.ConflictException;

/** Opens cases through our API: checks every field, then starts the case process in one transaction. */
@Service
public class CaseIntake {

    public record OpenedCase(String caseReference, String processInstanceId) {
    }

    private final RuntimeService runtime;
    private final ProviderRegister providers;
    private final CaseRegister cases;

    CaseIntake(RuntimeService runtime, ProviderRegister providers, CaseRegister cases) {
        this.runtime = runtime;
        this.providers = providers;
        this.cases = cases;
    }

    @Transactional
    public OpenedCase open(OpenCaseRequest request) {
        var errors = new ArrayList<String>();
        if (request == null) {
            throw new BadRequestException("The request has no body; send providerId and trigger as JSON.");
        }
        if (blank(request.providerId())) {
            errors.add("providerId: required");
        } else if (providers.find(request.providerId()).isEmpty()) {
            errors.add("providerId: no provider '" + request.providerId() + "' in the market register");
        }
        if (blank(request.trigger())) {
            errors.add("trigger: required");
        } else if (Arrays.stream(Trigger.values()).noneMatch(t -> t.name().equals(request.trigger()))) {
            errors.add("trigger: '" + request.trigger() + "' is not one of " + Arrays.toString(Trigger.values()));
        }
        if (!blank(request.caseReference()) && !CaseRegister.REFERENCE.matcher(request.caseReference()).matches()) {
            errors.add("caseReference: must look like PFE-2026-0001");
        }
        if (request.concernSummary() != null && request.concernSummary().length() > 4000) {
            errors.add("concernSummary: at most 4000 characters");
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The case cannot be opened: " + String.join("; ", errors), errors);
        }
        var reference = blank(request.caseReference())
                ? cases.nextReference(UkTime.today().getYear())
                : request.caseReference();
        if (cases.exists(reference)) {
            throw new ConflictException("Case " + reference + " exists already.");
        }
        var variables = new HashMap<String, Object>();
        variables.put(CaseVariables.CASE_REFERENCE.name(), reference);
        variables.put(CaseVariables.PROVIDER_ID.name(), request.providerId());
        variables.put(CaseVariables.TRIGGER.name(), request.trigger());
        if (!blank(request.concernSummary())) {
            variables.put(CaseVariables.CONCERN_SUMMARY.name(), request.concernSummary());
        }
        var instance = runtime.createProcessInstanceByKey(ProcessKeys.PROVIDER_FAILURE_EXIT)
                .businessKey(reference)
                .setVariables(variables)
                .execute();
        return new OpenedCase(reference, instance.getId());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
