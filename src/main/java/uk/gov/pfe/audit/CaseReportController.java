package uk.gov.pfe.audit;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import uk.gov.pfe.web.NotFoundException;

/** The case report, as Markdown or as a simple printable HTML page. */
@RestController
class CaseReportController {

    private final CaseReportService reports;

    CaseReportController(CaseReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/cases/{caseReference}/report")
    ResponseEntity<String> report(@PathVariable String caseReference,
            @RequestParam(defaultValue = "markdown") String format) {
        var markdown = reports.find(caseReference)
                .orElseThrow(() -> new NotFoundException("No report for case " + caseReference + " (written at closure)."));
        if ("html".equalsIgnoreCase(format)) {
            var html = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Case report " + HtmlUtils.htmlEscape(caseReference)
                    + "</title><body><pre style=\"font-family:sans-serif;white-space:pre-wrap\">" + HtmlUtils.htmlEscape(markdown)
                    + "</pre></body></html>";
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8")).body(markdown);
    }
}
