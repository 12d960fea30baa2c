package org.onewindow.conversation;

import java.util.ArrayList;
import java.util.List;
import org.onewindow.dialogue.CalendarDocuments;
import org.onewindow.dialogue.IncentiveDocuments;
import org.onewindow.dialogue.ProcessDocuments;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.SyntheticDocument;
import org.onewindow.policy.IncentiveCatalogHolder;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessDefinitionException;
import org.onewindow.process.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the knowledge base's documents generated from configuration in step with it: those about the
 * processes (what each asks for, takes, and which departments handle it), the incentive policies
 * (what each gives, who qualifies, until when) and the calendar (holidays, adjusted working days), so
 * questions are answered from the current definitions. Blocking (it indexes): call it on a worker.
 */
public final class GeneratedDocumentsSync {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratedDocumentsSync.class);

    private final ProcessCatalogHolder processes;
    private final IncentiveCatalogHolder incentives;
    private final WorkingDayCalendar calendar;
    private final KnowledgeBase knowledge;

    public GeneratedDocumentsSync(
            ProcessCatalogHolder processes,
            IncentiveCatalogHolder incentives,
            WorkingDayCalendar calendar,
            KnowledgeBase knowledge) {
        this.processes = processes;
        this.incentives = incentives;
        this.calendar = calendar;
        this.knowledge = knowledge;
    }

    /** The documents of the current process catalog, incentive catalog and calendar. */
    public static List<SyntheticDocument> of(
            ProcessCatalogHolder processes, IncentiveCatalogHolder incentives, WorkingDayCalendar calendar) {
        List<SyntheticDocument> documents =
                new ArrayList<>(ProcessDocuments.of(processes.current(), processes.departments()));
        documents.addAll(IncentiveDocuments.of(incentives.current()));
        documents.addAll(CalendarDocuments.of(calendar));
        return documents;
    }

    /** Indexes the current documents in place of the earlier ones. */
    public void replace() {
        knowledge.replaceSyntheticDocuments(of(processes, incentives, calendar));
    }

    /**
     * Loads the process folder and the department registry again and indexes them; a catalog or
     * registry that does not load changes nothing.
     */
    public void reloadProcesses() throws ProcessDefinitionException {
        processes.reload();
        replace();
        LOG.info("processes reloaded: {}", processes.current().all().size());
    }
}
