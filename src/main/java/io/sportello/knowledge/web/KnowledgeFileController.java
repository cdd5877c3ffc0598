package io.sportello.knowledge.web;

import io.sportello.knowledge.Audience;
import io.sportello.knowledge.KnowledgeFile;
import io.sportello.knowledge.KnowledgeFiles;
import io.sportello.security.CurrentUser;
import io.sportello.security.Role;
import io.sportello.security.SportelloUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base's images and files, where articles show them. Who gets a file is {@link KnowledgeFiles}'s rule
 * (the help centre's public, signed-in staff, content owners previewing drafts); anybody else is told it does not
 * exist. Pictures are shown inline with the type found in their bytes; any other file is a download; none is ever
 * sniffed or run by the browser.
 */
@RestController
@Tag(name = "Knowledge base")
class KnowledgeFileController {

    private static final String NO_ACTIVE_CONTENT = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final KnowledgeFiles files;
    private final CurrentUser currentUser;

    KnowledgeFileController(KnowledgeFiles files, CurrentUser currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @GetMapping({"/help/files/{key}", "/help/files/{key}/{name}"})
    @Operation(summary = "An image or a file an article shows (anyone for a published public article; staff for "
            + "internal ones; content owners for drafts)")
    ResponseEntity<InputStreamResource> file(@PathVariable String key,
                                             @PathVariable(required = false) String name) {
        Optional<SportelloUser> user = currentUser.find();
        Audience audience = user.map(u -> Audience.of(u.getRoles())).orElse(Audience.PUBLIC);
        boolean contentOwner = user.map(u -> u.hasRole(Role.CONTENT_OWNER)).orElse(false);
        KnowledgeFile file = files.readable(key, audience, contentOwner);
        boolean everybody = files.isPublic(file);
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.getFileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(file.isImage() ? MediaType.parseMediaType(file.getContentType())
                        : MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.getSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", NO_ACTIVE_CONTENT)
                // what the public may read is cached a little; the rest only by the reader's own browser
                .cacheControl(everybody ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
                        : CacheControl.noStore())
                .body(new InputStreamResource(files.open(file)));
    }
}
