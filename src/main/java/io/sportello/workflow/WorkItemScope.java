package io.sportello.workflow;

/** Which tasks a list shows. */
@org.springframework.modulith.NamedInterface("runtime")
public enum WorkItemScope {
    /** Claimed by me. */
    MINE,
    /** Unclaimed tasks of my groups. */
    MY_GROUPS,
    /** Every open task (supervisors). */
    ALL
}
