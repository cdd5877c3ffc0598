package io.sportello.workflow;

import java.util.Set;

/**
 * One process instance of a ticket drawn as its model: the version it ran under, the elements it passed
 * ({@code done}, sequence flows included), where it waits now ({@code current}) and whether it is over.
 */
@org.springframework.modulith.NamedInterface("history")
public record ProcessPath(String processInstanceId, String definitionId, String processKey, String processName,
                          int version, String xml, Set<String> done, Set<String> current, boolean ended) {
}
