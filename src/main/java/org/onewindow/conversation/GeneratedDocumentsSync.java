package org.onewindow.conversation;

import org.onewindow.dialogue.ProcessDocuments;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.process.ProcessCatalogHolder;
import org.onewindow.process.ProcessDefinitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the knowledge base's documents about the processes (what each asks for, costs and takes,
 * and which departments handle it) in step with the process catalog and the department registry, so
 * questions about a process are answered from its current definition. Blocking (it indexes): call it
 * on a worker.
 */
public final class ProcessDocumentsSync {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessDocumentsSync.class);

    private final ProcessCatalogHolder processes;
    private final KnowledgeBase knowledge;

    public ProcessDocumentsSync(ProcessCatalogHolder processes, KnowledgeBase knowledge) {
        this.processes = processes;
        this.knowledge = knowledge;
    }

    /** Indexes the current catalog's documents in place of the earlier ones. */
    public void replace() {
        knowledge.replaceSyntheticDocuments(ProcessDocuments.of(processes.current(), processes.departments()));
    }

    /**
     * Loads the process folder and the department registry again and indexes them; a catalog or
     * registry that does not load changes nothing.
     */
    public void reload() throws ProcessDefinitionException {
        processes.reload();
        replace();
        LOG.info("processes reloaded: {}", processes.current().all().size());
    }
}
