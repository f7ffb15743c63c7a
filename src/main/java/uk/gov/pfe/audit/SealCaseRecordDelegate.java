package uk.gov.pfe.audit;

import static uk.gov.pfe.process.CaseVariables.CASE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seals the closed case's timeline in the audit ledger - once the closing transaction has committed,
 * so the seal covers the case's history to its end (history written in this transaction is not
 * readable until then). A seal that fails is logged; verification then reports the case unsealed.
 */
@Component("sealCaseRecord")
class SealCaseRecordDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SealCaseRecordDelegate.class);

    private final AuditLedger ledger;

    SealCaseRecordDelegate(AuditLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CASE_REFERENCE.required(execution);
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> {
            try {
                int events = ledger.seal(caseReference);
                log.info("Case {} sealed for audit: {} events", caseReference, events);
            } catch (RuntimeException e) {
                log.error("Case {} could not be sealed for audit", caseReference, e);
            }
        });
    }
}
