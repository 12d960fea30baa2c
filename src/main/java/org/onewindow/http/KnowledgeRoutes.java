package org.onewindow.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.onewindow.knowledge.KnowledgeBase;
import org.onewindow.knowledge.SearchHit;
import org.onewindow.process.FieldSpec;
import org.onewindow.process.ProcessCatalog;
import org.onewindow.process.ProcessDefinition;
import org.onewindow.shared.ApiException;
import org.onewindow.shared.Lang;
import org.onewindow.staff.AuditEntry;
import org.onewindow.staff.AuditLog;
import org.onewindow.staff.StaffPrincipal;

/** Processes, knowledge search, and the knowledge-base files that citations link to. */
final class KnowledgeRoutes {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_LIMIT = 50;
    private static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private final Vertx vertx;
    private final Supplier<ProcessCatalog> processes;
    private final KnowledgeBase knowledge;
    private final Path knowledgeBaseDir;
    private final Path uploadsDir;
    private final AuditLog audit;
    private final Clock clock;

    KnowledgeRoutes(
            Vertx vertx,
            Supplier<ProcessCatalog> processes,
            KnowledgeBase knowledge,
            Path knowledgeBaseDir,
            Path uploadsDir,
            AuditLog audit,
            Clock clock) {
        this.vertx = vertx;
        this.processes = processes;
        this.knowledge = knowledge;
        this.knowledgeBaseDir = knowledgeBaseDir.toAbsolutePath().normalize();
        this.uploadsDir = uploadsDir;
        this.audit = audit;
        this.clock = clock;
    }

    void mount(Router router) {
        router.get("/api/v1/processes").handler(this::handleProcesses);
        router.get("/api/v1/search").handler(this::handleSearch);
        router.get("/kb/*").handler(this::handleSourceFile);
        // Behind the admin guard of StaffAuthRoutes.
        router.get("/api/v1/admin/documents").handler(this::handleDocuments);
        router.post("/api/v1/admin/documents")
                .handler(BodyHandler.create(uploadsDir.toString())
                        .setBodyLimit(MAX_DOCUMENT_BYTES)
                        .setDeleteUploadedFilesOnEnd(true))
                .handler(this::handleUpload);
        router.delete("/api/v1/admin/documents/*").handler(this::handleDelete);
    }

    private void handleDocuments(RoutingContext ctx) {
        vertx.executeBlocking(knowledge::documents, false)
                .onSuccess(documents -> Requests.sendJson(ctx, 200, Map.of("documents", documents)))
                .onFailure(ctx::fail);
    }

    /** Multipart: part {@code file}, and {@code path} (relative to knowledge-base/, e.g. policies/rent.en.md). */
    private void handleUpload(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String path = ctx.request().getFormAttribute("path");
        FileUpload upload = ctx.fileUploads().stream()
                .filter(f -> f.name().equals("file"))
                .findFirst()
                .orElseThrow(() ->
                        ApiException.badRequest("file_missing", "Send the document as the multipart part \"file\"."));
        String relative = path == null || path.isBlank() ? upload.fileName() : path.trim();
        vertx.executeBlocking(
                        () -> {
                            byte[] bytes = java.nio.file.Files.readAllBytes(Path.of(upload.uploadedFileName()));
                            try {
                                return knowledge.putDocument(relative, bytes);
                            } catch (IllegalArgumentException e) {
                                throw ApiException.badRequest("invalid_document", e.getMessage());
                            }
                        },
                        false)
                .compose(info -> audit.record(AuditEntry.by(
                                staff,
                                clock.instant(),
                                "document.uploaded",
                                null,
                                relative,
                                new io.vertx.core.json.JsonObject().put("status", String.valueOf(info.status()))))
                        .map(v -> info))
                .onSuccess(info -> Requests.sendJson(ctx, 201, info))
                .onFailure(ctx::fail);
    }

    private void handleDelete(RoutingContext ctx) {
        StaffPrincipal staff = StaffGuard.principal(ctx);
        String relative = ctx.pathParam("*");
        vertx.executeBlocking(
                        () -> {
                            try {
                                return knowledge.deleteDocument(relative);
                            } catch (IllegalArgumentException e) {
                                throw ApiException.badRequest("invalid_document", e.getMessage());
                            }
                        },
                        false)
                .compose(deleted -> {
                    if (!deleted) {
                        throw ApiException.notFound(
                                "document_not_found", "No knowledge-base document " + relative + ".");
                    }
                    return audit.record(
                            AuditEntry.by(staff, clock.instant(), "document.deleted", null, relative, null));
                })
                .onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    private void handleProcesses(RoutingContext ctx) {
        Lang lang = requestLang(ctx);
        List<Map<String, Object>> body =
                processes.get().all().stream().map(def -> process(def, lang)).toList();
        Requests.sendJson(ctx, 200, body);
    }

    private void handleSearch(RoutingContext ctx) {
        String q = ctx.request().getParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("missing_q", "The query parameter q is required.");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("q_too_long", "q is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        String langParam = ctx.request().getParam("lang");
        Lang lang = langParam == null ? Lang.detect(q, Lang.EN) : Lang.parseOrNull(langParam);
        if (lang == null) {
            throw ApiException.badRequest("invalid_lang", "lang must be \"en\" or \"zh\".");
        }
        int limit = (int) Requests.longParam(ctx, "limit", 5);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("invalid_limit", "limit must be from 1 to " + MAX_LIMIT + ".");
        }
        vertx.executeBlocking(() -> knowledge.search(q, lang, limit), false)
                .onSuccess(hits -> Requests.sendJson(
                        ctx,
                        200,
                        Map.of("hits", hits.stream().map(KnowledgeRoutes::hit).toList())))
                .onFailure(ctx::fail);
    }

    /** Serves a knowledge-base file by its citation source, e.g. {@code /kb/knowledge-base/faq/tax.yaml}. */
    private void handleSourceFile(RoutingContext ctx) {
        String relative = ctx.pathParam("*");
        if (relative != null && relative.startsWith("knowledge-base/")) {
            relative = relative.substring("knowledge-base/".length());
        }
        Path file = relative == null ? null : knowledgeBaseDir.resolve(relative).normalize();
        if (file == null || !file.startsWith(knowledgeBaseDir) || relative.contains("\\")) {
            throw ApiException.notFound("not_found", "No such knowledge-base file.");
        }
        vertx.executeBlocking(() -> Files.isRegularFile(file) && !Files.isSymbolicLink(file), false)
                .onSuccess(exists -> {
                    if (!exists) {
                        ctx.fail(ApiException.notFound("not_found", "No such knowledge-base file."));
                        return;
                    }
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    String type = name.endsWith(".md")
                            ? "text/markdown; charset=utf-8"
                            : name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt")
                                    ? "text/plain; charset=utf-8"
                                    : name.endsWith(".html") || name.endsWith(".htm")
                                            ? "text/plain; charset=utf-8"
                                            : null;
                    if (type != null) {
                        ctx.response().putHeader("Content-Type", type);
                    }
                    ctx.response().putHeader("X-Content-Type-Options", "nosniff");
                    ctx.response().sendFile(file.toString());
                })
                .onFailure(ctx::fail);
    }

    private static Map<String, Object> hit(SearchHit hit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", hit.title());
        out.put("source", hit.source());
        out.put("section", hit.section());
        out.put("snippet", hit.snippet());
        out.put("score", hit.score());
        out.put("lang", hit.lang());
        out.put("effective", hit.effective() == null ? null : hit.effective().toString());
        return out;
    }

    private static Map<String, Object> process(ProcessDefinition def, Lang lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", def.id());
        out.put("title", def.title(lang));
        out.put("description", def.description(lang));
        out.put("departments", def.departments());
        out.put(
                "sla",
                Map.of(
                        "minWorkingDays",
                        def.sla().minWorkingDays(),
                        "maxWorkingDays",
                        def.sla().maxWorkingDays()));
        out.put("fields", def.fields().stream().map(f -> field(f, lang)).toList());
        out.put(
                "documents",
                def.documents().stream()
                        .map(d -> Map.of("id", d.id(), "label", d.label(lang), "required", d.required()))
                        .toList());
        return out;
    }

    private static Map<String, Object> field(FieldSpec f, Lang lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", f.name());
        out.put("type", f.type().code());
        out.put("label", f.label(lang));
        out.put("required", f.required());
        if (f.type().hasOptions()) {
            out.put(
                    "options",
                    f.options().stream()
                            .map(o -> Map.of(
                                    "label",
                                    lang == Lang.ZH ? o.label().zh() : o.label().en(),
                                    "value",
                                    o.value()))
                            .toList());
        }
        return out;
    }

    private static Lang requestLang(RoutingContext ctx) {
        Lang lang = Lang.parseOrNull(ctx.request().getParam("lang"));
        if (lang == null) {
            lang = Lang.parseOrNull(ctx.request().getHeader("Accept-Language"));
        }
        return lang == null ? Lang.EN : lang;
    }
}
