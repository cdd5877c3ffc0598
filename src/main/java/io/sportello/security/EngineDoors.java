package io.sportello.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may do what through the engine's own doors: its REST API ({@code /engine-rest}) and the copy of it the Camunda
 * webapps use ({@code /camunda/api/engine/engine/<name>}). Process owners read; administrators read and may do the
 * few repairs an operator needs (retry a failed job, suspend or resume, annotate an incident, deploy a model — which
 * the engine then holds to the model rules). Everything else — deleting or editing history, changing its retention,
 * deleting deployments or definitions, completing or reassigning tasks, correlating messages, starting or deleting
 * instances, moving tokens, migrations (the studio's job), identity and authorization changes — is refused for
 * everybody: the desk has its own audited route for each. Decisions are taken on the decoded, normalised path, so
 * {@code %64eployment}, {@code /./} or doubled slashes reach the same rule as the plain path.
 */
final class EngineDoors {

    enum Access { READ, ADMIN_WRITE, NOBODY }

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/";

    /** POST endpoints of the engine REST API that only query (their GET twins take the criteria as parameters). */
    private static final Pattern QUERY = Pattern.compile("(/history)?/(process-instance|task|variable-instance|execution"
            + "|activity-instance|incident|job|job-definition|external-task|batch|decision-instance|process-definition"
            + "|deployment|case-instance|identity-link-log|user-operation|detail|job-log|external-task-log"
            + "|process-instance/statistics|batch/statistics|cleanup/configuration)(/count)?"
            + "|/(history/)?process-instance/report|/history/task/report|/authorization/check");

    private static final List<Pattern> ADMIN_WRITES = List.of(
            Pattern.compile("PUT /job/[^/]+/retries"), Pattern.compile("POST /job/retries"),
            Pattern.compile("PUT /job-definition/[^/]+/retries"), Pattern.compile("POST /job/[^/]+/execute"),
            Pattern.compile("PUT /(process-instance|process-definition|job|job-definition)(/[^/]+)?/suspended"),
            Pattern.compile("PUT /(process-definition|job-definition)/key/[^/]+/suspended"),
            Pattern.compile("PUT /incident/[^/]+/annotation"), Pattern.compile("DELETE /incident/[^/]+/annotation"),
            Pattern.compile("POST /deployment/create"));

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private EngineDoors() {
    }

    /** The engine-relative path of a request to one of the engine's doors; null when the request is not for one. */
    static String enginePath(HttpServletRequest request) {
        String path = normalised(request);
        if (path == null) {
            return "/..";
        }
        if (path.startsWith("/engine-rest/") || path.equals("/engine-rest")) {
            String rest = path.substring("/engine-rest".length());
            // the same API is also served per engine: /engine-rest/engine/default/…
            return rest.startsWith("/engine/") ? stripEngineName(rest.substring("/engine/".length())) : rest;
        }
        if (path.startsWith(WEBAPP_ENGINE)) {
            return stripEngineName(path.substring(WEBAPP_ENGINE.length()));
        }
        return null;
    }

    static Access access(String method, String enginePath) {
        if (enginePath == null || enginePath.contains("/..") || enginePath.contains("/../")) {
            return Access.NOBODY;
        }
        if (READS.contains(method)) {
            return Access.READ;
        }
        if ("POST".equals(method) && QUERY.matcher(enginePath).matches()) {
            return Access.READ;
        }
        String call = method + " " + enginePath;
        return ADMIN_WRITES.stream().anyMatch(p -> p.matcher(call).matches()) ? Access.ADMIN_WRITE : Access.NOBODY;
    }

    /**
     * The request path within the application, percent-decoded (twice-encoded input stays suspicious and is refused),
     * without path parameters ({@code ;jsessionid=…}), with {@code .}/{@code ..} segments resolved and empty segments
     * dropped. Null when it cannot be read.
     */
    static String normalised(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null) {
            return null;
        }
        if (!context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.contains("%") || decoded.contains("\\") || decoded.indexOf('\0') >= 0) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String raw : decoded.split("/")) {
            String segment = raw.contains(";") ? raw.substring(0, raw.indexOf(';')) : raw;
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String stripEngineName(String afterEngine) {
        int slash = afterEngine.indexOf('/');
        return slash < 0 ? "/" : afterEngine.substring(slash);
    }
}
