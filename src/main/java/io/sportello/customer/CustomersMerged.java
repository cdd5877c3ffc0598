package io.sportello.customer;

/**
 * Published when two customer records were merged ({@code undone = false}) or a merge was undone: both people are told,
 * at the addresses they had before, so that a merge made by mistake (or on purpose by someone else) does not go
 * unnoticed.
 */
public record CustomersMerged(Long mergeId, Long sourceId, Long targetId, boolean undone) {
}
