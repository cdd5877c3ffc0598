package io.sportello.workflow;

import java.util.List;

/**
 * What a migration from one version to another would do, before it runs: per activity where tickets wait now,
 * how many, whether the activity exists in the target version, and why not when it does not.
 */
@org.springframework.modulith.NamedInterface("studio")
public record MigrationPreview(ModelVersion source, ModelVersion target, List<ActivityMapping> activities,
                               long migratable, long blocked, String planError) {

    /** Tickets waiting at one activity of the source version. */
    @org.springframework.modulith.NamedInterface("studio")
    public record ActivityMapping(String activityId, String activityName, long instances, String targetActivityId,
                                  String reason) {

        public boolean mapped() {
            return targetActivityId != null;
        }
    }

    public boolean possible() {
        return planError == null && migratable > 0;
    }
}
