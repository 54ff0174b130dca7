package org.shelfline.web.admin.credit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.shelfline.credit.Billing;
import org.shelfline.credit.Statement;
import org.shelfline.credit.StatementRuns;
import org.shelfline.shared.BusinessException;
import org.shelfline.web.Messages;

/** Backs admin/credit/statements.xhtml: run a month's statements, watch the run, read the statements. */
@Named
@ViewScoped
public class StatementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StatementRuns runs;

    @Inject
    Messages messages;

    private String month =
            YearMonth.from(LocalDate.now(Billing.BUSINESS_ZONE)).minusMonths(1).toString();
    private Long executionId;
    private StatementRuns.StatementProgress progress;
    private List<Statement> statements = List.of();

    @PostConstruct
    void init() {
        show();
    }

    public void run() {
        if (messages.attempt(() -> executionId = runs.start(month))) {
            refresh();
        }
    }

    /** Called by the page's poll while the run is going. */
    public void refresh() {
        if (executionId != null) {
            progress = runs.progress(executionId);
            if (!progress.isRunning()) {
                show();
            }
        }
    }

    public void show() {
        try {
            statements = runs.statements(month);
        } catch (BusinessException e) {
            messages.error(e);
            statements = List.of();
        }
    }

    public boolean isRunning() {
        return progress != null && progress.isRunning();
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public StatementRuns.StatementProgress getProgress() {
        return progress;
    }

    public List<Statement> getStatements() {
        return statements;
    }
}
