package uk.gov.pfe.audit;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the case report for the joint commissioning board at closure. */
@Component("writeCaseReport")
class WriteCaseReportDelegate implements JavaDelegate {

    private final CaseReportService reports;

    WriteCaseReportDelegate(CaseReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.write(CASE_REFERENCE.required(execution));
    }
}
